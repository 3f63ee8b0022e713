package pe.ceropapel.signature.pades;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pe.ceropapel.api.document.SignatureRole;
import pe.ceropapel.signature.pdf.TestPdfs;
import pe.ceropapel.signature.pki.PkiServer;
import pe.ceropapel.signature.stamp.Legend;
import pe.ceropapel.signature.stamp.PrintedRepresentation;

/**
 * Trust taken from a trusted list URL instead of configured anchors: a signature passes while its
 * root is listed, and the report names the list's service; the list's own signature is checked
 * against the pinned operator and reported, a badly signed list being used all the same.
 */
class TrustedListTests {

    private static final char[] PIN = "123456".toCharArray();
    private static PkiServer server;
    private static Path signed;

    @BeforeAll
    static void signWithTheDevelopmentPki() throws Exception {
        server = PkiServer.start(Files.createTempDirectory(Path.of("target"), "tl-pki"));
        Path work = Files.createTempDirectory(Path.of("target"), "tl-work");
        Path source = Files.write(work.resolve("source.pdf"), TestPdfs.withPages("Resolución de prueba"));
        Path prepared = work.resolve("prepared.pdf");
        PrintedRepresentation.prepare(source, prepared, new Legend("el Instituto de Pruebas",
                "http://localhost:8080/verificar/TLTL-0000-0000-0001", "TLTL-0000-0000-0001", null), 1);
        signed = work.resolve("signed.pdf");
        TrustSettings signing = server.trustSettings();
        try (SigningKey key = SigningKeys.pkcs12(server.pki().personKeyStore("ana", "Ana Quispe Mamani", PIN), PIN)) {
            new PadesSigner(signing).sign(prepared, signed, new SignatureAppearance("Ana Quispe Mamani", null,
                    SignatureRole.SIGNATURE), PadesLevel.T, key);
        }
        SignedSamples.keep("trusted-list", signed);
    }

    @AfterAll
    static void stopPki() {
        server.stop();
    }

    @Test
    void shouldTrustTheRootsOfATrustedListSignedByItsOperatorAndNameItsService() throws Exception {
        try (SigningKey operator = SigningKeys.pkcs12(server.pki().sealKeyStore(PIN), PIN)) {
            String url = server.publish("tl-ok.xml", TestTrustedLists.signedList(server.pki().rootCertificate(), operator));
            TrustedList list = list(url, operator);
            assertThat(list.refresh()).isEqualTo(1);
            assertThat(list.status().signature()).isEqualTo(TrustedListStatus.ListSignature.VALID);
            assertThat(list.status().sound()).isTrue();

            SignatureReport report = validate(new TrustSettings(List.of(), server.timeStampUrl(), true, list, server.fetchPolicy()));
            assertThat(report.indication()).isEqualTo("TOTAL_PASSED");
            String root = server.pki().rootCertificate().getSubjectX500Principal().getName();
            assertThat(report.trust().chain()).first().isEqualTo(report.signer());
            assertThat(root).contains("CN=" + report.trust().trustedAnchor());
            assertThat(report.trust().chain()).last().isEqualTo(report.trust().trustedAnchor());
            assertThat(report.trust().trustServiceProvider()).isEqualTo("Entidad de Certificación de Pruebas");
            assertThat(report.trust().trustService()).isEqualTo("Raíz de pruebas");
        }
    }

    @Test
    void shouldUseAListSignedBySomeoneElseButReportItsSignatureAsUnproven() throws Exception {
        try (SigningKey operator = SigningKeys.pkcs12(server.pki().sealKeyStore(PIN), PIN);
             SigningKey impostor = SigningKeys.pkcs12(server.pki().personKeyStore("impostor", "Impostor", PIN), PIN)) {
            String url = server.publish("tl-forged.xml",
                    TestTrustedLists.signedList(server.pki().rootCertificate(), impostor));
            TrustedList list = list(url, operator);
            assertThat(list.refresh()).isEqualTo(1);
            assertThat(list.status().signature()).isEqualTo(TrustedListStatus.ListSignature.INDETERMINATE);
            assertThat(list.status().sound()).isFalse();
        }
    }

    @Test
    void shouldReportATamperedListAsBadlySigned() throws Exception {
        try (SigningKey operator = SigningKeys.pkcs12(server.pki().sealKeyStore(PIN), PIN)) {
            String signed = new String(TestTrustedLists.signedList(server.pki().rootCertificate(), operator),
                    StandardCharsets.UTF_8);
            String url = server.publish("tl-tampered.xml", signed.replace("Raíz de pruebas", "Raíz de pruebaz")
                    .getBytes(StandardCharsets.UTF_8));
            TrustedList list = list(url, operator);
            list.refresh();
            assertThat(list.status().signature()).isEqualTo(TrustedListStatus.ListSignature.INVALID);
        }
    }

    @Test
    void shouldKeepTheCachedListWhenTheDownloadFailsAndSayWhy() throws Exception {
        try (SigningKey operator = SigningKeys.pkcs12(server.pki().sealKeyStore(PIN), PIN)) {
            String url = server.publish("tl-gone.xml", TestTrustedLists.signedList(server.pki().rootCertificate(), operator));
            Path cache = Files.createTempDirectory(Path.of("target"), "tl-cache");
            assertThat(new TrustedList(url, List.of(operator.chain().get(0)), cache, null, Clock.systemUTC()).refresh())
                    .isEqualTo(1);
            TrustedList restarted = new TrustedList(url + "-moved", List.of(operator.chain().get(0)), cache,
                    Files.readAllBytes(Files.list(cache).findFirst().orElseThrow()), Clock.systemUTC());
            assertThat(restarted.loadCached()).isEqualTo(1);
            assertThat(restarted.refresh()).isEqualTo(1);
            assertThat(restarted.status().lastRefreshError()).isNotBlank();
            assertThat(restarted.status().signature()).isEqualTo(TrustedListStatus.ListSignature.VALID);
        }
    }

    private static TrustedList list(String url, SigningKey operator) throws Exception {
        return new TrustedList(url, List.of(operator.chain().get(0)),
                Files.createTempDirectory(Path.of("target"), "tl-cache"), null, Clock.systemUTC());
    }

    private static SignatureReport validate(TrustSettings trust) {
        return new SignatureValidator(trust).validate(signed, false).signatures().get(0);
    }

}
