package pe.ceropapel.signature.pades;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pe.ceropapel.api.document.SignatureRole;
import pe.ceropapel.signature.pdf.TestPdfs;
import pe.ceropapel.signature.pki.PkiServer;
import pe.ceropapel.signature.stamp.Legend;
import pe.ceropapel.signature.stamp.PrintedRepresentation;

/**
 * Signs with a key inside a real PKCS#11 token: SoftHSM2, initialised by the test in a fresh token
 * directory named by {@code SOFTHSM2_CONF} (set for the test JVM by the build).
 */
class Pkcs11SigningTests {

    private static final String LIBRARY = "/usr/lib/softhsm/libsofthsm2.so";
    private static final char[] TOKEN_PIN = "1234".toCharArray();
    private static final char[] SEAL_PIN = "sello-123".toCharArray();
    private static PkiServer server;

    @BeforeAll
    static void initialiseToken() throws Exception {
        Path configuration = Path.of(System.getenv("SOFTHSM2_CONF"));
        Path tokens = Files.createDirectories(Files.createTempDirectory(Path.of("target"), "softhsm-tokens"));
        Files.writeString(configuration, "directories.tokendir = " + tokens.toAbsolutePath()
                + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        server = PkiServer.start(Files.createTempDirectory(Path.of("target"), "pkcs11-pki"));
        KeyStore.PrivateKeyEntry seal = readEntry(server.pki().sealKeyStore(SEAL_PIN));
        Path key = Files.writeString(tokens.resolve("seal-key.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(seal.getPrivateKey().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        Path certificate = Files.write(tokens.resolve("seal.der"), seal.getCertificate().getEncoded());
        run("softhsm2-util", "--init-token", "--free", "--label", "sello", "--pin", "1234", "--so-pin", "5678");
        run("softhsm2-util", "--import", key.toString(), "--token", "sello", "--label", "sello-inacal", "--id", "01",
                "--pin", "1234");
        run("pkcs11-tool", "--module", LIBRARY, "--token-label", "sello", "--login", "--pin", "1234",
                "--write-object", certificate.toString(), "--type", "cert", "--id", "01", "--label", "sello-inacal");
        Files.delete(key);
    }

    @AfterAll
    static void stopPki() {
        server.stop();
    }

    @Test
    void shouldSignWithAKeyThatStaysInsideTheToken() throws Exception {
        TrustSettings trust = server.trustSettings();
        Path work = Files.createTempDirectory(Path.of("target"), "pkcs11-work");
        Path source = Files.write(work.resolve("source.pdf"), TestPdfs.withPages("Oficio sellado por la entidad"));
        Path prepared = work.resolve("prepared.pdf");
        PrintedRepresentation.prepare(source, prepared, new Legend("el Instituto de Pruebas",
                "http://localhost:8080/verificar/SELL-OHSM-0001", "SELL-OHSM-0001", null), 1);
        Path signed = work.resolve("signed.pdf");
        try (SigningKey key = SigningKeys.pkcs11(LIBRARY, 0, TOKEN_PIN, "sello-inacal")) {
            new PadesSigner(trust).sign(prepared, signed, new SignatureAppearance("Instituto de Pruebas (sello)",
                    null, SignatureRole.SIGNATURE), PadesLevel.T, key);
        }
        SignedSamples.keep("pkcs11-softhsm", signed);

        assertThat(new SignatureValidator(trust).validate(signed, false).signatures()).singleElement()
                .satisfies(signature -> assertThat(signature.indication()).isEqualTo("TOTAL_PASSED"));
        assertThat(Pdfsig.run(signed)).extracting(Pdfsig.Entry::verdict).containsExactly("Signature is Valid.");
    }

    @Test
    void shouldRefuseAWrongTokenPinAndAnUnknownKey() {
        assertThatThrownBy(() -> SigningKeys.pkcs11(LIBRARY, 0, "9999".toCharArray(), "sello-inacal"))
                .isInstanceOfSatisfying(SigningKeyException.class,
                        e -> assertThat(e.reason()).isEqualTo(SigningKeyException.Reason.WRONG_PIN));
        assertThatThrownBy(() -> SigningKeys.pkcs11(LIBRARY, 0, TOKEN_PIN, "no-such-key"))
                .isInstanceOfSatisfying(SigningKeyException.class,
                        e -> assertThat(e.reason()).isEqualTo(SigningKeyException.Reason.NO_KEY));
    }

    private static KeyStore.PrivateKeyEntry readEntry(Path keyStore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keyStore)) {
            store.load(in, SEAL_PIN);
        }
        return (KeyStore.PrivateKeyEntry) store.getEntry(store.aliases().nextElement(),
                new KeyStore.PasswordProtection(SEAL_PIN));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
