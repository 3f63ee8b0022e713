package pe.ceropapel.api.document;

/**
 * What a remote signer must sign to complete session {@code sessionId}: {@code dataToSign} (Base64)
 * with {@code signatureAlgorithm} (a JCA name such as SHA256withRSA), or equivalently its digest.
 */
public record RemoteSignatureChallenge(String documentId, String sessionId, String dataToSign, String digest,
                                       String digestAlgorithm, String signatureAlgorithm) {
}
