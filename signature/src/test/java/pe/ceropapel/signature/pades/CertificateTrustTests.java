package pe.ceropapel.signature.pades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
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
import pe.ceropapel.signature.pki.DevelopmentPki;

/** A remote signer's chain signs only when it is valid now, not revoked, and chains to a trusted anchor. */
class CertificateTrustTests {

    private static final char[] PIN = "123456".toCharArray();
    private static DevelopmentPki pki;
    private static CertificateTrust trust;

    @BeforeAll
    static void openPki() throws Exception {
        pki = DevelopmentPki.openOrCreate(Files.createTempDirectory(Path.of("target"), "trust-pki"),
                "http://127.0.0.1:1/pki", "Instituto de Pruebas", "20000000001");
        trust = new CertificateTrust(new TrustSettings(pki.trustAnchors(), null, false), pki::revocationLists);
    }

    @Test
    void shouldAcceptAPersonsCertificateIssuedUnderATrustedRoot() throws Exception {
        assertThatCode(() -> trust.requireUsable(chainOf("ana"), Instant.now())).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseASelfSignedCertificateNamingThePresident() throws Exception {
        KeyPair keys = keyPair();
        X509Certificate selfSigned = certificate("CN=Eduardo Castro (Presidente Ejecutivo), O=Instituto de Pruebas, C=PE",
                keys, "CN=Eduardo Castro (Presidente Ejecutivo), O=Instituto de Pruebas, C=PE", keys, false);

        assertRefused(List.of(selfSigned), Instant.now(), SigningRefusedException.Reason.UNTRUSTED);
    }

    @Test
    void shouldRefuseAChainWhoseCaOnlyCopiesTheNameOfTheTrustedOnes() throws Exception {
        List<X509Certificate> genuine = chainOf("ana");
        KeyPair fakeCaKeys = keyPair();
        String caName = genuine.get(1).getSubjectX500Principal().getName();
        X509Certificate fakeCa = certificate(caName, fakeCaKeys, caName, fakeCaKeys, true);
        X509Certificate forged = certificate(genuine.get(0).getSubjectX500Principal().getName(), keyPair(), caName,
                fakeCaKeys, false);

        assertRefused(List.of(forged, fakeCa, genuine.get(2)), Instant.now(), SigningRefusedException.Reason.UNTRUSTED);
    }

    @Test
    void shouldRefuseACertificateRevokedByItsAuthority() throws Exception {
        List<X509Certificate> chain = chainOf("revocada");
        pki.revoke(chain.get(0));

        assertRefused(chain, Instant.now(), SigningRefusedException.Reason.CERTIFICATE);
    }

    @Test
    void shouldRefuseACertificateThatHasExpired() throws Exception {
        assertRefused(chainOf("vencida"), Instant.now().plus(Duration.ofDays(5 * 365)),
                SigningRefusedException.Reason.CERTIFICATE);
    }

    private static void assertRefused(List<X509Certificate> chain, Instant at, SigningRefusedException.Reason reason) {
        assertThatThrownBy(() -> trust.requireUsable(chain, at))
                .isInstanceOfSatisfying(SigningRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(reason));
    }

    private static List<X509Certificate> chainOf(String username) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(pki.personKeyStore(username, "Persona " + username, PIN))) {
            store.load(in, PIN);
        }
        Certificate[] chain = store.getCertificateChain(store.aliases().nextElement());
        return Arrays.stream(chain).map(certificate -> (X509Certificate) certificate).toList();
    }

    private static KeyPair keyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(String subject, KeyPair subjectKeys, String issuer, KeyPair issuerKeys,
                                               boolean authority) throws Exception {
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofHours(1))),
                Date.from(now.plus(Duration.ofDays(365))), new X500Name(subject), subjectKeys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(authority ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
    }
}
