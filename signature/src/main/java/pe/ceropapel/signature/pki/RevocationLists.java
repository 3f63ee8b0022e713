package pe.ceropapel.signature.pki;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import java.io.IOException;

/** Issues fresh CRLs: each one valid for a day, numbered by the second it was made. */
final class RevocationLists {

    static final Duration VALIDITY = Duration.ofDays(1);

    private RevocationLists() {
    }

    static byte[] issue(CertificateProfiles.Issuer issuer, Map<BigInteger, Instant> revoked) {
        try {
            Instant now = Instant.now();
            X509v2CRLBuilder builder = new X509v2CRLBuilder(
                    X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded()),
                    Date.from(now.minusSeconds(60)));
            builder.setNextUpdate(Date.from(now.plus(VALIDITY)));
            revoked.forEach((serial, when) -> builder.addCRLEntry(serial, Date.from(when), CRLReason.keyCompromise));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(now.getEpochSecond())));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer.certificate()));
            return builder.build(new JcaContentSignerBuilder(CertificateProfiles.SIGNATURE_ALGORITHM)
                    .build(issuer.key())).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new PkiException("cannot issue the CRL of " + issuer.name(), e);
        }
    }
}
