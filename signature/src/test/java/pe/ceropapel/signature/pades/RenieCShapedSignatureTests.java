package pe.ceropapel.signature.pades;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pe.ceropapel.signature.pdf.TestPdfs;

/**
 * A signature shaped like an official's made in 2020 with a RENIEC certificate (ECERNEP PERU CA ROOT 3,
 * ECEP-RENIEC CA Class 3, a "FAU <RUC> hard" certificate with serialNumber PNOPE-<DNI>, expired in
 * 2021), PAdES-B without time-stamp or revocation data, validated today against a trusted list shaped
 * like Peru's that names the root: the chain reaches the list's anchor and its service, and the
 * signature does not pass (offline, nothing proves it predates the certificate's expiry, and no
 * revocation data can be fetched for the CA).
 */
class RenieCShapedSignatureTests {

    private static final String SIGNER = "QUISPE MAMANI Ana FAU 20519752515 hard";
    private static final Instant EXPIRED = Instant.parse("2021-05-17T20:00:00Z");

    private static X509Certificate root;
    private static KeyPair rootKeys;
    private static Path signed;

    @BeforeAll
    static void signIn2020WithARenieCShapedCertificate() throws Exception {
        rootKeys = keys();
        KeyPair caKeys = keys();
        KeyPair signerKeys = keys();
        root = certificate("CN=ECERNEP PERU CA ROOT 3,O=ECERNEP PERU,C=PE", rootKeys, "CN=ECERNEP PERU CA ROOT 3,O=ECERNEP PERU,C=PE",
                rootKeys.getPrivate(), Instant.parse("2015-01-01T00:00:00Z"), Instant.parse("2042-01-01T00:00:00Z"), true);
        X509Certificate ca = certificate("CN=ECEP-RENIEC CA Class 3,O=RENIEC,C=PE", caKeys,
                "CN=ECERNEP PERU CA ROOT 3,O=ECERNEP PERU,C=PE", rootKeys.getPrivate(),
                Instant.parse("2016-01-01T00:00:00Z"), Instant.parse("2033-01-01T00:00:00Z"), true);
        X509Certificate signer = certificate("CN=" + SIGNER + ",SERIALNUMBER=PNOPE-47385443,O=GOBIERNO REGIONAL,C=PE",
                signerKeys, "CN=ECEP-RENIEC CA Class 3,O=RENIEC,C=PE", caKeys.getPrivate(),
                Instant.parse("2019-05-17T20:00:00Z"), EXPIRED, false);

        PAdESService service = new PAdESService(new CommonCertificateVerifier());
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(new CertificateToken(signer));
        parameters.setCertificateChain(new CertificateToken(ca), new CertificateToken(root));
        parameters.bLevel().setSigningDate(Date.from(Instant.parse("2020-08-12T15:00:00Z")));
        DSSDocument pdf = new InMemoryDocument(TestPdfs.withPages("Oficio de un gobierno regional"));
        ToBeSigned data = service.getDataToSign(pdf, parameters);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(signerKeys.getPrivate());
        rsa.update(data.getBytes());
        DSSDocument document = service.signDocument(pdf, parameters,
                new SignatureValue(SignatureAlgorithm.RSA_SHA256, rsa.sign()));
        signed = Files.createTempFile(Files.createDirectories(Path.of("target")), "reniec-shaped", ".pdf");
        document.save(signed.toString());
    }

    @Test
    void shouldShowTheChainToTheListedRootAndItsServiceButNotPassAnExpiredCertificate() throws Exception {
        TrustedList list = new TrustedList("https://example.pe/tsl-pe.xml", List.of(root),
                Files.createTempDirectory(Path.of("target"), "tsl-reniec"),
                TestTrustedLists.signedList(root, operator()), Clock.systemUTC());
        assertThat(list.loadCached()).isEqualTo(1);

        SignatureReport report = new SignatureValidator(new TrustSettings(List.of(), null, false, list))
                .validate(signed, false).signatures().get(0);

        assertThat(report.intact()).isTrue();
        assertThat(report.indication()).isEqualTo("INDETERMINATE");
        assertThat(report.trust().chain()).containsExactly(SIGNER, "ECEP-RENIEC CA Class 3", "ECERNEP PERU CA ROOT 3");
        assertThat(report.trust().issuer()).isEqualTo("ECEP-RENIEC CA Class 3");
        assertThat(report.trust().trustedAnchor()).isEqualTo("ECERNEP PERU CA ROOT 3");
        assertThat(report.trust().trustServiceProvider()).isEqualTo("Entidad de Certificación de Pruebas");
        assertThat(report.trust().certificateNotAfter()).isEqualTo(EXPIRED);
    }

    @Test
    void shouldFindNoChainWithoutTheList() {
        SignatureReport report = new SignatureValidator(new TrustSettings(List.of(), null, false))
                .validate(signed, false).signatures().get(0);

        assertThat(report.indication()).isEqualTo("INDETERMINATE");
        assertThat(report.trust().trustedAnchor()).isNull();
        assertThat(report.trust().listedInTrustedList()).isFalse();
    }

    /** The list's operator signs with the root's key here: what matters is the list's content. */
    private static SigningKey operator() {
        return new SigningKey() {
            @Override
            public List<X509Certificate> chain() {
                return List.of(root);
            }

            @Override
            public byte[] sign(byte[] dataToSign) {
                try {
                    Signature rsa = Signature.getInstance("SHA256withRSA");
                    rsa.initSign(rootKeys.getPrivate());
                    rsa.update(dataToSign);
                    return rsa.sign();
                } catch (java.security.GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void close() {
            }
        };
    }

    private static KeyPair keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(String subject, KeyPair keys, String issuer, PrivateKey issuerKey,
                                               Instant from, Instant to, boolean ca) throws Exception {
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                BigInteger.valueOf(System.nanoTime()), Date.from(from), Date.from(to), new X500Name(subject),
                keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }
}
