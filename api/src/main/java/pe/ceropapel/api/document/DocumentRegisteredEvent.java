package pe.ceropapel.api.document;

import org.axonframework.serialization.Revision;

/**
 * A document was registered in an office with its first content version.
 *
 * @param confidential only the people and offices in its flow may read it (events stored before
 *                     confidentiality existed lack the field and read as not confidential)
 */
@Revision("1")
public record DocumentRegisteredEvent(String documentId,
                                      DocumentType type,
                                      String subject,
                                      String officeCode,
                                      String author,
                                      ContentRef content,
                                      boolean confidential) {

    /** A document that is not confidential. */
    public DocumentRegisteredEvent(String documentId, DocumentType type, String subject, String officeCode,
                                   String author, ContentRef content) {
        this(documentId, type, subject, officeCode, author, content, false);
    }
}
