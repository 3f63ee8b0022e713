package pe.ceropapel.api.document;

import java.time.Instant;

/**
 * A signing ticket was issued: until {@code expiresAt}, and only once, the holder of the ticket whose
 * SHA-256 is {@code ticketSha256} may return {@code prepared} (made from version {@code basedOnVersion})
 * with one more signature, {@code signer}'s own.
 */
public record ClientSignatureStartedEvent(String documentId, String ticketSha256, String signer, SignatureRole role,
                                          int basedOnVersion, ContentRef prepared, Instant expiresAt) {
}
