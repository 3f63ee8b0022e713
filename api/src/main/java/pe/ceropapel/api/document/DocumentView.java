package pe.ceropapel.api.document;

import java.time.Instant;

/**
 * What the read side knows about one document.
 *
 * @param textExtracted false when the PDF's text could not be extracted (the document is still indexed)
 */
public record DocumentView(String documentId,
                           DocumentType type,
                           String subject,
                           String officeCode,
                           String author,
                           ContentRef content,
                           Instant registeredAt,
                           boolean textExtracted) {
}
