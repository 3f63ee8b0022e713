package pe.ceropapel.api.document;

import org.axonframework.serialization.Revision;

/** The author sent an observed document back to signing: its plan starts again from the first signer. */
@Revision("1")
public record DocumentResubmittedEvent(String documentId, String author, int version) {
}
