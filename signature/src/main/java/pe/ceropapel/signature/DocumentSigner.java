package pe.ceropapel.signature;

import pe.ceropapel.api.document.ContentRef;

/**
 * The port through which the signing workflow has a PDF signed: the implementation signs the given
 * content version for the signer, stores the signed PDF under its digest and returns its reference.
 * PAdES signing with EU DSS implements it; nothing of DSS crosses it.
 */
public interface DocumentSigner {

    ContentRef sign(SignatureRequest request);
}
