package pe.ceropapel.api.audit;

import org.axonframework.serialization.Revision;

/**
 * Someone downloaded a document's signed PDF by its verification code, without logging in; the
 * network address they came from travels in the event's metadata like that of any command.
 *
 * @param sha256 the digest of the PDF that was served
 */
@Revision("1")
public record PublicContentReadEvent(String documentId, String verificationCode, String sha256) {
}
