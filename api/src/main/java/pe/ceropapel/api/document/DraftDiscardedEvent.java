package pe.ceropapel.api.document;

import org.axonframework.serialization.Revision;

/** A draft was thrown away. */
@Revision("1")
public record DraftDiscardedEvent(String documentId) {
}
