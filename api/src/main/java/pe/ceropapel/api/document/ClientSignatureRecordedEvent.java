package pe.ceropapel.api.document;

/**
 * The signature of version {@code version} was made by its signer on their own computer, with the
 * ticket whose SHA-256 is {@code ticketSha256} and the certificate {@code certificate}. Follows the
 * {@link DocumentSignedEvent} that records the signature itself.
 */
public record ClientSignatureRecordedEvent(String documentId, String ticketSha256, int version,
                                           SignerCertificate certificate) {
}
