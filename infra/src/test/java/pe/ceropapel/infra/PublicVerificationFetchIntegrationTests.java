package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.Policy;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import pe.ceropapel.signature.pdf.TestPdfs;

/**
 * Public verification of a PDF signed with a self-made certificate whose AIA, OCSP and CRL links
 * point at a listener on this machine, a FIFO and {@code /dev/zero}: nothing is fetched or opened,
 * since the certificate does not chain to a trusted anchor (and such links are refused anyway).
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class PublicVerificationFetchIntegrationTests extends EmbeddedApplicationTestBase {

    private ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();
    private Path fifo;
    /** The answer would never come if the server opened the FIFO: the client gives up after this long. */
    private TestRestTemplate patient;

    @BeforeEach
    void listenAndMakeAFifo() throws Exception {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread recorder = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket ignored = listener.accept()) {
                    connections.incrementAndGet();
                } catch (IOException closed) {
                    // the listener is closed
                }
            }
        }, "ssrf-listener");
        recorder.setDaemon(true);
        recorder.start();
        fifo = Files.createTempDirectory(Path.of("target"), "ssrf").resolve("revocation.crl");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        patient = new TestRestTemplate(new RestTemplateBuilder().rootUri(baseUrl())
                .readTimeout(Duration.ofSeconds(120)));
    }

    @AfterEach
    void stopListening() throws IOException {
        listener.close();
    }

    @Test
    void shouldFetchNothingForACertificateWhoseLinksPointAtALocalListenerAFifoAndDevZero() throws Exception {
        String local = "http://127.0.0.1:" + listener.getLocalPort();
        KeyPair rootKeys = keyPair();
        X509Certificate rogueRoot = certificate("CN=Raiz propia", rootKeys, "CN=Raiz propia", rootKeys, true, local);
        KeyPair signerKeys = keyPair();
        X509Certificate signer = certificate("CN=Eduardo Castro", signerKeys, "CN=Raiz propia", rootKeys, false, local);

        // without its issuer a validator would follow the AIA link; with it, the CRL and OCSP links; and
        // either names a signature policy to download
        Map<List<X509Certificate>, String> policies = Map.of(List.of(signer), local + "/policy.der",
                List.of(signer, rogueRoot), fifo.toUri().toString());
        for (Map.Entry<List<X509Certificate>, String> chainAndPolicy : policies.entrySet()) {
            ResponseEntity<Map> answer = verify(sign(TestPdfs.withPages("Oficio con enlaces trampa"), signerKeys,
                    chainAndPolicy.getKey(), chainAndPolicy.getValue()));

            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(answer.getBody()).containsEntry("valid", false);
            assertThat((List<Map>) answer.getBody().get("signatures")).singleElement()
                    .satisfies(signature -> assertThat(signature.get("indication")).isNotEqualTo("TOTAL_PASSED"));
        }
        assertThat(connections).as("connections to the listener").hasValue(0);
        assertThat(fifo).exists();
    }

    private ResponseEntity<Map> verify(byte[] pdf) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", JsonApi.part(MediaType.APPLICATION_PDF, pdf, "firmado.pdf"));
        HttpHeaders headers = JsonApi.multipart();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return patient.postForEntity("/api/public/verification", new HttpEntity<>(parts, headers), Map.class);
    }

    private X509Certificate certificate(String subject, KeyPair keys, String issuer, KeyPair issuerKeys, boolean ca,
                                        String local) throws Exception {
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(365))), new X500Name(subject), keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        if (!ca) {
            List<DistributionPoint> points = new ArrayList<>();
            for (String url : List.of(local + "/issuing.crl", fifo.toUri().toString(), "file:///dev/zero")) {
                points.add(new DistributionPoint(new DistributionPointName(new GeneralNames(
                        new GeneralName(GeneralName.uniformResourceIdentifier, url))), null, null));
            }
            builder.addExtension(Extension.cRLDistributionPoints, false,
                    new CRLDistPoint(points.toArray(DistributionPoint[]::new)));
            builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                    new AccessDescription[]{
                            new AccessDescription(AccessDescription.id_ad_caIssuers,
                                    new GeneralName(GeneralName.uniformResourceIdentifier, local + "/root.crt")),
                            new AccessDescription(AccessDescription.id_ad_caIssuers,
                                    new GeneralName(GeneralName.uniformResourceIdentifier, "file:///dev/zero")),
                            new AccessDescription(AccessDescription.id_ad_ocsp,
                                    new GeneralName(GeneralName.uniformResourceIdentifier, local + "/ocsp"))}));
        }
        return new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
    }

    /** Signs at level B with DSS as another product would, embedding {@code chain}, under the policy at {@code policyUrl}. */
    private static byte[] sign(byte[] pdf, KeyPair keys, List<X509Certificate> chain, String policyUrl)
            throws Exception {
        CommonCertificateVerifier offline = new CommonCertificateVerifier();
        offline.setAIASource(null);
        PAdESService service = new PAdESService(offline);
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(new CertificateToken(chain.get(0)));
        parameters.setCertificateChain(chain.stream().map(CertificateToken::new).toList());
        Policy policy = new Policy();
        policy.setId("1.3.6.1.4.1.99999.1");
        policy.setDigestAlgorithm(DigestAlgorithm.SHA256);
        policy.setDigestValue(new byte[32]);
        policy.setSpuri(policyUrl);
        parameters.bLevel().setSignaturePolicy(policy);
        DSSDocument document = new InMemoryDocument(pdf, "oficio.pdf");
        ToBeSigned data = service.getDataToSign(document, parameters);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.getPrivate());
        rsa.update(data.getBytes());
        DSSDocument signed = service.signDocument(document, parameters,
                new SignatureValue(SignatureAlgorithm.RSA_SHA256, rsa.sign()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        signed.writeTo(out);
        return out.toByteArray();
    }

    private static KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
