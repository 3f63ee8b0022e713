package pe.ceropapel.signature.pades;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * Trust taken from a trusted list URL instead of configured anchors: a signature passes only while
 * its root is listed in a list signed by the expected operator.
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
    void shouldTrustTheRootsOfATrustedListSignedByItsOperator() throws Exception {
        try (SigningKey operator = SigningKeys.pkcs12(server.pki().sealKeyStore(PIN), PIN)) {
            String url = server.publish("tl-ok.xml", TestTrustedLists.signedList(server.pki().rootCertificate(), operator));
            TrustedList list = new TrustedList(url, List.of(operator.chain().get(0)),
                    Files.createTempDirectory(Path.of("target"), "tl-cache"));
            assertThat(list.refresh()).isEqualTo(1);
            assertThat(indication(new TrustSettings(List.of(), server.timeStampUrl(), true, list, server.fetchPolicy())))
                    .isEqualTo("TOTAL_PASSED");
        }
    }

    @Test
    void shouldTrustNothingFromAListSignedBySomeoneElse() throws Exception {
        try (SigningKey operator = SigningKeys.pkcs12(server.pki().sealKeyStore(PIN), PIN);
             SigningKey impostor = SigningKeys.pkcs12(server.pki().personKeyStore("impostor", "Impostor", PIN), PIN)) {
            String url = server.publish("tl-forged.xml",
                    TestTrustedLists.signedList(server.pki().rootCertificate(), impostor));
            TrustedList list = new TrustedList(url, List.of(operator.chain().get(0)),
                    Files.createTempDirectory(Path.of("target"), "tl-cache"));
            assertThat(list.refresh()).isZero();
            assertThat(indication(new TrustSettings(List.of(), server.timeStampUrl(), true, list, server.fetchPolicy())))
                    .isEqualTo("INDETERMINATE");
        }
    }

    private static String indication(TrustSettings trust) {
        return new SignatureValidator(trust).validate(signed, false).signatures().get(0).indication();
    }
}
