package pe.ceropapel.api.document;

/** The document can be verified by anyone who holds this code (printed on every page with a QR code). */
public record VerificationCodeAssignedEvent(String documentId, String verificationCode) {
}
