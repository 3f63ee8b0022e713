package pe.ceropapel.signature.pades;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A private key that can sign, with its certificate chain (signer first). Implementations hold a
 * PKCS#12 file or a PKCS#11 token session open; close releases it.
 */
public interface SigningKey extends AutoCloseable {

    List<X509Certificate> chain();

    /** Signs the data (its SHA-256 digest) with the key's own algorithm; returns the raw signature value. */
    byte[] sign(byte[] dataToSign);

    @Override
    void close();
}
