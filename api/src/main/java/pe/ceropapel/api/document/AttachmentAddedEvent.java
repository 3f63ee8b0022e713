package pe.ceropapel.api.document;

import org.axonframework.serialization.Revision;

/** A draft has a new annex. */
@Revision("1")
public record AttachmentAddedEvent(String documentId, Attachment attachment) {
}
