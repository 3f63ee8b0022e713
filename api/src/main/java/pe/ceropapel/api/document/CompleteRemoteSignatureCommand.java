package pe.ceropapel.api.document;

/**
 * The remote signer returns the signature value (Base64) for session {@code sessionId}; the workflow
 * checks it, completes the PAdES signature and records it. Answered with a {@link SignatureOutcome}.
 */
public record CompleteRemoteSignatureCommand(String documentId, String sessionId, String signer,
                                             String signatureValue) {
}
