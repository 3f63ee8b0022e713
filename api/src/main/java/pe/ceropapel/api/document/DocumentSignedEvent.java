package pe.ceropapel.api.document;

import org.axonframework.serialization.Revision;

/** A signer signed version {@code basedOnVersion}; the signed PDF is the new version {@code version}. */
@Revision("1")
public record DocumentSignedEvent(String documentId, String signer, SignatureRole role, int basedOnVersion,
                                  int version, ContentRef content) {
}
