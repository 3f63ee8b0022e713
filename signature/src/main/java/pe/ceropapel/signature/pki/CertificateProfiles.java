package pe.ceropapel.signature.pki;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The certificate profiles of the development PKI: root and issuing CAs, people's signing
 * certificates, the organization seal and the time-stamping unit. Every certificate below the root
 * names where its issuer's CRL, certificate and OCSP responder are published.
 */
final class CertificateProfiles {

    static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration CA_VALIDITY = Duration.ofDays(20 * 365);
    private static final Duration LEAF_VALIDITY = Duration.ofDays(3 * 365);

    private CertificateProfiles() {
    }

    static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new PkiException("cannot generate a key pair", e);
        }
    }

    static X509Certificate root(X500Name subject, KeyPair keys) {
        return build(subject, keys, null, CA_VALIDITY, builder -> {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(1));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        });
    }

    static X509Certificate issuingCa(X500Name subject, KeyPair keys, Issuer root) {
        return build(subject, keys, root, CA_VALIDITY, builder -> {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature));
        });
    }

    /** A qualified-style signing certificate for a person or the organization seal. */
    static X509Certificate signer(X500Name subject, KeyPair keys, Issuer issuer) {
        return build(subject, keys, issuer, LEAF_VALIDITY, builder -> {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        });
    }

    static X509Certificate timeStamping(X500Name subject, KeyPair keys, Issuer issuer) {
        return build(subject, keys, issuer, CA_VALIDITY.minusDays(1), builder -> {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        });
    }

    /** An issuer: its key, its certificate and the base URL where its CRL and certificate are published. */
    record Issuer(PrivateKey key, X509Certificate certificate, String publicationUrl, String name) {

        String crlUrl() {
            return publicationUrl + "/" + name + ".crl";
        }

        String certificateUrl() {
            return publicationUrl + "/" + name + ".crt";
        }

        String ocspUrl() {
            return publicationUrl + "/ocsp";
        }
    }

    private interface Extensions {
        void add(X509v3CertificateBuilder builder) throws CertIOException;
    }

    private static X509Certificate build(X500Name subject, KeyPair keys, Issuer issuer, Duration validity,
                                         Extensions extensions) {
        try {
            Instant now = Instant.now();
            X500Name issuerName = issuer == null ? subject : X500Name.getInstance(
                    issuer.certificate().getSubjectX500Principal().getEncoded());
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
                    new BigInteger(127, RANDOM).add(BigInteger.ONE), Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(validity)), subject, keys.getPublic());
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
            extensions.add(builder);
            PrivateKey signingKey = keys.getPrivate();
            if (issuer != null) {
                signingKey = issuer.key();
                builder.addExtension(Extension.authorityKeyIdentifier, false,
                        utils.createAuthorityKeyIdentifier(issuer.certificate()));
                builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[]{
                        new DistributionPoint(new DistributionPointName(new GeneralNames(
                                new GeneralName(GeneralName.uniformResourceIdentifier, issuer.crlUrl()))), null, null)}));
                builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                        new AccessDescription[]{
                                new AccessDescription(AccessDescription.id_ad_caIssuers,
                                        new GeneralName(GeneralName.uniformResourceIdentifier, issuer.certificateUrl())),
                                new AccessDescription(AccessDescription.id_ad_ocsp,
                                        new GeneralName(GeneralName.uniformResourceIdentifier, issuer.ocspUrl()))}));
            }
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(signingKey)));
        } catch (GeneralSecurityException | CertIOException | OperatorCreationException e) {
            throw new PkiException("cannot issue a certificate for " + subject, e);
        }
    }
}
