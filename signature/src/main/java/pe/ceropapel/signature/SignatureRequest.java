package pe.ceropapel.signature;

import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.DocumentNumber;
import pe.ceropapel.api.document.SignatureRole;

/**
 * What to sign: a document's current content version, by whom and as what.
 *
 * @param number the document's number, stamped before the final signature; null for approvals before numbering
 */
public record SignatureRequest(String documentId, ContentRef content, String signer, SignatureRole role,
                               DocumentNumber number) {
}
