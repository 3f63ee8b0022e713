package pe.ceropapel.api.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a new document whose PDF is already stored.
 *
 * @param confidential only the people and offices in its flow may read it
 */
public record RegisterDocumentCommand(@TargetAggregateIdentifier String documentId,
                                      DocumentType type,
                                      String subject,
                                      String officeCode,
                                      String author,
                                      ContentRef content,
                                      boolean confidential) {

    /** A document that is not confidential. */
    public RegisterDocumentCommand(String documentId, DocumentType type, String subject, String officeCode,
                                   String author, ContentRef content) {
        this(documentId, type, subject, officeCode, author, content, false);
    }
}
