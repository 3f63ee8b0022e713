package pe.ceropapel.api.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a new document whose PDF is already stored. */
public record RegisterDocumentCommand(@TargetAggregateIdentifier String documentId,
                                      DocumentType type,
                                      String subject,
                                      String officeCode,
                                      String author,
                                      ContentRef content) {
}
