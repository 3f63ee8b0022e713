package pe.ceropapel.signature.pades;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.SignatureTokenConnection;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

/** A key held by a DSS signature token (PKCS#12 file or PKCS#11 session). */
final class TokenSigningKey implements SigningKey {

    private final SignatureTokenConnection token;
    private final DSSPrivateKeyEntry entry;

    TokenSigningKey(SignatureTokenConnection token, DSSPrivateKeyEntry entry) {
        this.token = token;
        this.entry = entry;
    }

    @Override
    public List<X509Certificate> chain() {
        CertificateToken[] chain = entry.getCertificateChain();
        if (chain == null || chain.length == 0) {
            return List.of(entry.getCertificate().getCertificate());
        }
        return Arrays.stream(chain).map(CertificateToken::getCertificate).toList();
    }

    @Override
    public byte[] sign(byte[] dataToSign) {
        try {
            return token.sign(new ToBeSigned(dataToSign), DigestAlgorithm.SHA256, entry).getValue();
        } catch (DSSException e) {
            throw new SigningKeyException(SigningKeyException.Reason.UNAVAILABLE, "the key could not sign", e);
        }
    }

    @Override
    public void close() {
        token.close();
    }
}
