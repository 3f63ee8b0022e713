package pe.ceropapel.api.document;

import java.util.List;

/**
 * A signer who keeps their key asks what to sign: the workflow prepares the document as for any
 * signature and answers with a {@link RemoteSignatureChallenge}.
 *
 * @param certificateChain the signer's certificate first, then its issuers; each DER, Base64-encoded
 */
public record StartRemoteSignatureCommand(String documentId, String signer, List<String> certificateChain) {
}
