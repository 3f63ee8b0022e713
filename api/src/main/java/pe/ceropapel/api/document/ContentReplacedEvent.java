package pe.ceropapel.api.document;

import org.axonframework.serialization.Revision;

/** A draft has a new content version (versions count from 1, the registered content). */
@Revision("1")
public record ContentReplacedEvent(String documentId, int version, ContentRef content) {
}
