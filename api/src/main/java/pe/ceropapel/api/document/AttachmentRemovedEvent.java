package pe.ceropapel.api.document;

import org.axonframework.serialization.Revision;

/** An annex was removed from a draft. */
@Revision("1")
public record AttachmentRemovedEvent(String documentId, String attachmentId) {
}
