package pe.ceropapel.api.document;

import org.axonframework.serialization.Revision;

/** An issued document was annulled; it keeps its number. */
@Revision("1")
public record DocumentAnnulledEvent(String documentId, String actor, String reason) {
}
