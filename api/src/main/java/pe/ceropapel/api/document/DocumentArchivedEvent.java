package pe.ceropapel.api.document;

import org.axonframework.serialization.Revision;

/** An issued document was archived. */
@Revision("1")
public record DocumentArchivedEvent(String documentId, String actor) {
}
