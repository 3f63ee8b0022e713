package pe.ceropapel.api.document;

import org.axonframework.serialization.Revision;

/** A document was registered in an office with its first content version. */
@Revision("1")
public record DocumentRegisteredEvent(String documentId,
                                      DocumentType type,
                                      String subject,
                                      String officeCode,
                                      String author,
                                      ContentRef content) {
}
