package pe.ceropapel.signature.pades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
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
import pe.ceropapel.signature.stamp.NumberAnnotations;
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
        TrustSettings trust = server.trustSettings();
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
            assertThat(signature.signingTime()).isNotNull();
            if (level == PadesLevel.B) {
                assertThat(signature.timeStampedAt()).isNull();
            } else {
                assertThat(signature.timeStampedAt()).isBetween(signature.signingTime(),
                        signature.signingTime().plusSeconds(60));
            }
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
            // so the archive time-stamp is checked by OpenSSL instead
            assertThat(OpensslTimeStamps.verifyLastDocumentTimeStamp(signed, server.pki().rootCertificate(), work))
                    .endsWith("Verification: OK");
        }
    }

    @Test
    void shouldKeepEveryEarlierSignatureValidAcrossThreeSequentialSignatures() throws Exception {
        Path current = legendStamped(3, null);
        String[][] signers = {{"vb.uno", "Luis Vb Uno"}, {"vb.dos", "Rosa Vb Dos"}, {"jefe", "Carla Jefa"}};
        for (int i = 0; i < signers.length; i++) {
            SignatureRole role = i < 2 ? SignatureRole.APPROVAL : SignatureRole.SIGNATURE;
            if (role == SignatureRole.SIGNATURE) {
                // numbered only now, after the vistos buenos: the number joins the header in its own revision
                Path numbered = work.resolve("numbered.pdf");
                NumberAnnotations.add(current, numbered, "INFORME N° 000124-2026-INACAL/DM");
                current = numbered;
            }
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

    @Test
    void shouldCompleteATwoStepSignatureWhoseKeyNeverLeavesTheClient() throws Exception {
        Path prepared = legendStamped(1);
        Path keyStore = server.pki().personKeyStore("remota", "Elena Remota Cruz", PIN);
        KeyStore.PrivateKeyEntry clientKey = clientKey(keyStore);
        List<X509Certificate> chain = Arrays.stream(clientKey.getCertificateChain())
                .map(X509Certificate.class::cast).toList();
        SignatureAppearance appearance = new SignatureAppearance("Elena Remota Cruz", "Asesora", SignatureRole.SIGNATURE);
        Instant signingTime = Instant.now();

        DataToSign toSign = signer.dataToSign(prepared, appearance, PadesLevel.T, chain, signingTime);
        assertThat(toSign.digest()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(toSign.data()));
        Signature client = Signature.getInstance(toSign.signatureAlgorithm());
        client.initSign(clientKey.getPrivateKey());
        client.update(toSign.data());
        byte[] value = client.sign();

        byte[] forged = value.clone();
        forged[10] ^= 0x01;
        assertThatThrownBy(() -> signer.complete(prepared, work.resolve("forged.pdf"), appearance, PadesLevel.T, chain,
                signingTime, forged)).isInstanceOfSatisfying(SigningRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(SigningRefusedException.Reason.BAD_SIGNATURE_VALUE));
        assertThat(work.resolve("forged.pdf")).doesNotExist();

        Path signed = work.resolve("remote.pdf");
        signer.complete(prepared, signed, appearance, PadesLevel.T, chain, signingTime, value);
        SignedSamples.keep("remote-two-step", signed);
        assertThat(validator.validate(signed, false).signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.indication()).isEqualTo("TOTAL_PASSED");
            assertThat(signature.signer()).isEqualTo("Elena Remota Cruz");
        });
        assertThat(Pdfsig.run(signed)).extracting(Pdfsig.Entry::verdict).containsExactly("Signature is Valid.");
    }

    @Test
    void shouldValidateLongTermSignaturesWithTheRevocationAndTimeStampServicesOffline() throws Exception {
        Path pkiDirectory = Files.createTempDirectory(Path.of("target"), "offline-pki");
        Path lt = work.resolve("lt.pdf");
        Path lta = work.resolve("lta.pdf");
        TrustSettings trust;
        try (PkiServer offline = PkiServer.start(pkiDirectory)) {
            trust = offline.trustSettings();
            PadesSigner onlineSigner = new PadesSigner(trust);
            try (SigningKey key = SigningKeys.pkcs12(offline.pki().personKeyStore("ana", "Ana Quispe Mamani", PIN), PIN)) {
                SignatureAppearance appearance = new SignatureAppearance("Ana Quispe Mamani", null, SignatureRole.SIGNATURE);
                onlineSigner.sign(legendStamped(1), lt, appearance, PadesLevel.LT, key);
                onlineSigner.sign(legendStamped(1), lta, appearance, PadesLevel.LTA, key);
            }
        }
        SignedSamples.keep("offline-LT", lt);
        SignedSamples.keep("offline-LTA", lta);
        // the CRL, OCSP and TSA endpoints are gone: only what the PDFs embed is left to validate with
        SignatureValidator offlineValidator = new SignatureValidator(trust);
        for (Path pdf : List.of(lt, lta)) {
            assertThat(offlineValidator.validate(pdf, false).signatures()).singleElement()
                    .satisfies(signature -> assertThat(signature.indication()).isEqualTo("TOTAL_PASSED"));
        }
    }

    @Test
    void shouldNotPassASignatureWhoseCertificateWasRevokedBeforeItWasMade() throws Exception {
        Path keyStore = server.pki().personKeyStore("revocada", "Pedro Revocado Soto", PIN);
        try (SigningKey key = SigningKeys.pkcs12(keyStore, PIN)) {
            server.pki().revoke(key.chain().get(0));
            Path signed = work.resolve("revoked.pdf");
            SignatureAppearance appearance = new SignatureAppearance("Pedro Revocado Soto", null, SignatureRole.SIGNATURE);
            signer.sign(legendStamped(1), signed, appearance, PadesLevel.T, key);
            assertThat(validator.validate(signed, false).signatures()).singleElement()
                    .satisfies(signature -> assertThat(signature.indication()).isNotEqualTo("TOTAL_PASSED"));
            assertThatThrownBy(() -> signer.sign(legendStamped(1), work.resolve("revoked-lt.pdf"), appearance,
                    PadesLevel.LT, key)).isInstanceOfSatisfying(SigningRefusedException.class,
                    e -> assertThat(e.reason()).isEqualTo(SigningRefusedException.Reason.CERTIFICATE));
        }
    }

    @Test
    void shouldRefuseAWrongPin() {
        Path keyStore = server.pki().personKeyStore("ana", "Ana Quispe Mamani", PIN);
        assertThatThrownBy(() -> SigningKeys.pkcs12(keyStore, "000000".toCharArray()))
                .isInstanceOfSatisfying(SigningKeyException.class,
                        e -> assertThat(e.reason()).isEqualTo(SigningKeyException.Reason.WRONG_PIN));
    }

    private static KeyStore.PrivateKeyEntry clientKey(Path keyStore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            store.load(in, PIN);
        }
        String alias = store.aliases().nextElement();
        return (KeyStore.PrivateKeyEntry) store.getEntry(alias, new KeyStore.PasswordProtection(PIN));
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
        return legendStamped(stamps, "INFORME N° 000123-2026-INACAL/DM");
    }

    private Path legendStamped(int stamps, String number) throws IOException {
        Path source = Files.write(work.resolve("source.pdf"), TestPdfs.withPages("Informe de prueba sobre calibración"));
        Path prepared = work.resolve("prepared.pdf");
        PrintedRepresentation.prepare(source, prepared, new Legend("el Instituto de Pruebas",
                "http://localhost:8080/verificar/ABCD-EFGH-JKLM", "ABCD-EFGH-JKLM",
                number), stamps);
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
