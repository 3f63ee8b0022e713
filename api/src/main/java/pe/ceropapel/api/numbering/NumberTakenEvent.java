package pe.ceropapel.api.numbering;

import org.axonframework.serialization.Revision;
import pe.ceropapel.api.document.DocumentType;

/** A correlative of a series was handed to a document; it is never handed out again. */
@Revision("1")
public record NumberTakenEvent(String seriesId, String officeCode, DocumentType type, int year, long correlative,
                               String documentId) {
}
