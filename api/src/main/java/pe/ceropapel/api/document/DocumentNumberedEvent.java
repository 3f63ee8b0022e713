package pe.ceropapel.api.document;

import org.axonframework.serialization.Revision;

/** A document received its official number; it keeps it forever, also when annulled. */
@Revision("1")
public record DocumentNumberedEvent(String documentId, DocumentNumber number) {
}
