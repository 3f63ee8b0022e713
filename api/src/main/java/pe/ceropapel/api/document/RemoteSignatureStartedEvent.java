package pe.ceropapel.api.document;

import java.time.Instant;
import java.util.List;

/**
 * A remote signature was prepared: {@code prepared} is the exact PDF (legend and number stamped)
 * that the signer's value will complete, made from content version {@code basedOnVersion}.
 *
 * @param certificateChain the signer's chain, each certificate DER and Base64-encoded
 */
public record RemoteSignatureStartedEvent(String documentId, String sessionId, String signer, SignatureRole role,
                                          int basedOnVersion, ContentRef prepared, Instant signingTime,
                                          List<String> certificateChain) {
}
