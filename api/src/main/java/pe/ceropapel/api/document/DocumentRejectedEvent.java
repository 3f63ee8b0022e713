package pe.ceropapel.api.document;

import org.axonframework.serialization.Revision;

/** A signer sent the document back to its author as a draft; every version is kept. */
@Revision("1")
public record DocumentRejectedEvent(String documentId, String signer, String reason) {
}
