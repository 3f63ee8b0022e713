package pe.ceropapel.api.audit;

/** Records that someone, without logging in, downloaded a document's signed PDF by its verification code. */
public record RecordPublicContentReadCommand(String documentId, String verificationCode, String sha256) {
}
