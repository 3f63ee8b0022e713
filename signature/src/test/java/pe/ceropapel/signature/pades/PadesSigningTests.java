package pe.ceropapel.signature.pades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import pe.ceropapel.api.document.SignatureRole;
import pe.ceropapel.signature.pdf.TestPdfs;
import pe.ceropapel.signature.pki.PkiServer;
import pe.ceropapel.signature.stamp.Legend;
import pe.ceropapel.signature.stamp.PrintedRepresentation;

/**
 * Signs with the development PKI served over loopback HTTP, then checks every signature with DSS
 * and, independently, with poppler's pdfsig.
 */
class PadesSigningTests {

    static final char[] PIN = "123456".toCharArray();
    static PkiServer server;
    static PadesSigner signer;
    static SignatureValidator validator;

    @TempDir
    Path work;

    @BeforeAll
    static void startPki() throws IOException {
        server = PkiServer.start(Files.createTempDirectory(Files.createDirectories(Path.of("target")), "pki"));
        TrustSettings trust = new TrustSettings(server.pki().trustAnchors(), server.timeStampUrl(), true);
        signer = new PadesSigner(trust);
        validator = new SignatureValidator(trust);
    }

    @AfterAll
    static void stopPki() {
        server.stop();
    }

    @ParameterizedTest
    @EnumSource(PadesLevel.class)
    void shouldMakeSignaturesThatDssAndPdfsigAcceptAtEveryLevel(PadesLevel level) throws Exception {
        Path signed = signOnce(level, "level-" + level.label());

        ValidationReport report = validator.validate(signed, false);
        assertThat(report.signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.indication()).isEqualTo("TOTAL_PASSED");
            assertThat(signature.level()).isEqualTo("PAdES-BASELINE-" + level.name());
            assertThat(signature.signer()).isEqualTo("Ana Quispe Mamani");
            assertThat(signature.coversWholeDocument()).isTrue();
        });
        List<Pdfsig.Entry> pdfsig = Pdfsig.run(signed);
        assertThat(pdfsig.get(0).verdict()).isEqualTo("Signature is Valid.");
        if (level == PadesLevel.B || level == PadesLevel.T) {
            assertThat(pdfsig).singleElement().extracting(Pdfsig.Entry::totalDocumentSigned).isEqualTo(true);
        } else if (level == PadesLevel.LTA) {
            // pdfsig cannot check RFC 3161 document time-stamps; it confirms the last one covers the whole file
            assertThat(pdfsig).hasSize(2);
            assertThat(pdfsig.get(1).isDocumentTimeStamp()).isTrue();
            assertThat(pdfsig.get(1).totalDocumentSigned()).isTrue();
        }
    }

    @Test
    void shouldKeepEveryEarlierSignatureValidAcrossThreeSequentialSignatures() throws Exception {
        Path current = legendStamped(3);
        String[][] signers = {{"vb.uno", "Luis Vb Uno"}, {"vb.dos", "Rosa Vb Dos"}, {"jefe", "Carla Jefa"}};
        for (int i = 0; i < signers.length; i++) {
            SignatureRole role = i < 2 ? SignatureRole.APPROVAL : SignatureRole.SIGNATURE;
            Path next = work.resolve("signed-" + i + ".pdf");
            try (SigningKey key = personKey(signers[i][0], signers[i][1])) {
                signer.sign(current, next, new SignatureAppearance(signers[i][1], "Especialista", role), PadesLevel.T, key);
            }
            current = next;
        }
        SignedSamples.keep("three-signatures", current);

        ValidationReport report = validator.validate(current, true);
        assertThat(report.signatures()).extracting(SignatureReport::signer)
                .containsExactly("Luis Vb Uno", "Rosa Vb Dos", "Carla Jefa");
        assertThat(report.signatures()).allSatisfy(s -> assertThat(s.indication()).isEqualTo("TOTAL_PASSED"));
        assertThat(report.signatures()).extracting(SignatureReport::coversWholeDocument)
                .containsExactly(false, false, true);
        assertThat(report.allPassed()).isTrue();
        assertThat(report.simpleReportXml()).contains("TOTAL_PASSED");
        assertThat(report.detailedReportXml()).contains("DetailedReport");
        assertThat(Pdfsig.run(current)).extracting(Pdfsig.Entry::verdict, Pdfsig.Entry::totalDocumentSigned)
                .containsExactly(tuple("Signature is Valid.", false), tuple("Signature is Valid.", false),
                        tuple("Signature is Valid.", true));
    }

    @Test
    void shouldDetectAByteChangedInsideTheSignedRange() throws Exception {
        Path signed = signOnce(PadesLevel.B, "tampered-original");
        byte[] bytes = Files.readAllBytes(signed);
        // a byte of the first page's compressed content stream: inside the signed range, offsets unchanged
        int offset = indexOf(bytes, "stream\n".getBytes()) + 20;
        assertThat(offset).isBetween(20, indexOf(bytes, "/ByteRange".getBytes()));
        bytes[offset] ^= 0x01;
        Path tampered = Files.write(work.resolve("tampered.pdf"), bytes);
        SignedSamples.keep("tampered", tampered);

        assertThat(validator.validate(tampered, false).signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.indication()).isEqualTo("TOTAL_FAILED");
            assertThat(signature.subIndication()).isEqualTo("HASH_FAILURE");
        });
        assertThat(Pdfsig.run(tampered)).extracting(Pdfsig.Entry::verdict).containsExactly("Digest Mismatch.");
    }

    @Test
    void shouldRefuseEncryptedMalformedAndNoChangesCertifiedPdfs() throws Exception {
        Path encrypted = Files.write(work.resolve("encrypted.pdf"), TestPdfs.passwordProtected("secreto", "Reservado"));
        Path truncated = Files.write(work.resolve("truncated.pdf"), TestPdfs.truncated("Cortado"));
        try (SigningKey key = personKey("ana", "Ana Quispe Mamani")) {
            SignatureAppearance appearance = new SignatureAppearance("Ana Quispe Mamani", null, SignatureRole.SIGNATURE);
            assertThatThrownBy(() -> signer.sign(encrypted, work.resolve("a.pdf"), appearance, PadesLevel.B, key))
                    .isInstanceOfSatisfying(SigningRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(SigningRefusedException.Reason.ENCRYPTED));
            assertThatThrownBy(() -> signer.sign(truncated, work.resolve("b.pdf"), appearance, PadesLevel.B, key))
                    .isInstanceOfSatisfying(SigningRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(SigningRefusedException.Reason.MALFORMED));
            Path certified = work.resolve("certified.pdf");
            CertifiedPdfs.certifyWithNoChanges(Files.write(work.resolve("plain.pdf"), TestPdfs.withPages("Certificado")),
                    certified, key);
            assertThatThrownBy(() -> signer.sign(certified, work.resolve("c.pdf"), appearance, PadesLevel.B, key))
                    .isInstanceOfSatisfying(SigningRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(SigningRefusedException.Reason.CERTIFIED));
        }
        assertThat(work.resolve("a.pdf")).doesNotExist();
        assertThat(work.resolve("b.pdf")).doesNotExist();
        assertThat(work.resolve("c.pdf")).doesNotExist();
    }

    private Path signOnce(PadesLevel level, String caseName) throws IOException {
        Path prepared = legendStamped(1);
        Path signed = work.resolve(caseName + ".pdf");
        try (SigningKey key = personKey("ana", "Ana Quispe Mamani")) {
            signer.sign(prepared, signed, new SignatureAppearance("Ana Quispe Mamani", "Directora, INACAL/DM",
                    SignatureRole.SIGNATURE), level, key);
        }
        SignedSamples.keep(caseName, signed);
        return signed;
    }

    private Path legendStamped(int stamps) throws IOException {
        Path source = Files.write(work.resolve("source.pdf"), TestPdfs.withPages("Informe de prueba sobre calibración"));
        Path prepared = work.resolve("prepared.pdf");
        PrintedRepresentation.prepare(source, prepared, new Legend("el Instituto de Pruebas",
                "http://localhost:8080/verificar/ABCD-EFGH-JKLM", "ABCD-EFGH-JKLM",
                "INFORME N° 000123-2026-INACAL/DM"), stamps);
        return prepared;
    }

    static SigningKey personKey(String username, String name) {
        return SigningKeys.pkcs12(server.pki().personKeyStore(username, name, PIN), PIN);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

}
