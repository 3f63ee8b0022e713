package pe.ceropapel.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A SoftHSM2 token made for a test, in a fresh token directory named by the {@code SOFTHSM2_CONF} the
 * build sets for the integration tests: keys are imported from PKCS#12 files with their certificates,
 * as a DNIe or an ECEP-RENIEC token holds them.
 */
final class SoftHsmToken {

    static final String LIBRARY = "/usr/lib/softhsm/libsofthsm2.so";

    private final String label;
    private final String pin;
    private final Path directory;

    private SoftHsmToken(String label, String pin, Path directory) {
        this.label = label;
        this.pin = pin;
        this.directory = directory;
    }

    /** A new empty token; the PKCS#11 module must not have been loaded in this JVM before. */
    static SoftHsmToken create(Path work, String label, String pin) throws IOException, InterruptedException {
        Path directory = Files.createDirectories(work.resolve("softhsm-tokens"));
        Files.writeString(Path.of(System.getenv("SOFTHSM2_CONF")), "directories.tokendir = " + directory.toAbsolutePath()
                + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        run("softhsm2-util", "--init-token", "--free", "--label", label, "--pin", pin, "--so-pin", "87654321");
        return new SoftHsmToken(label, pin, directory);
    }

    /**
     * Imports the only key of {@code keyStore} and its certificate under {@code keyLabel} and {@code id}
     * (hex), and the CA certificates of its chain beside them, as a token holds its chain.
     */
    SoftHsmToken importKey(Path keyStore, char[] keyStorePin, String keyLabel, String id)
            throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(keyStore)) {
            store.load(in, keyStorePin);
        }
        KeyStore.PrivateKeyEntry entry = (KeyStore.PrivateKeyEntry) store.getEntry(store.aliases().nextElement(),
                new KeyStore.PasswordProtection(keyStorePin));
        Path key = Files.writeString(directory.resolve(keyLabel + ".pem"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(entry.getPrivateKey().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        Path certificate = Files.write(directory.resolve(keyLabel + ".der"), entry.getCertificate().getEncoded());
        try {
            run("softhsm2-util", "--import", key.toString(), "--token", label, "--label", keyLabel, "--id", id,
                    "--pin", pin);
            run("pkcs11-tool", "--module", LIBRARY, "--token-label", label, "--login", "--pin", pin,
                    "--write-object", certificate.toString(), "--type", "cert", "--id", id, "--label", keyLabel);
            java.security.cert.Certificate[] chain = entry.getCertificateChain();
            for (int i = 1; i < chain.length; i++) {
                Path ca = Files.write(directory.resolve(keyLabel + "-ca" + i + ".der"), chain[i].getEncoded());
                run("pkcs11-tool", "--module", LIBRARY, "--token-label", label, "--login", "--pin", pin,
                        "--write-object", ca.toString(), "--type", "cert", "--id", id + "0" + i, "--label",
                        keyLabel + "-ca" + i);
            }
        } finally {
            Files.delete(key);
        }
        return this;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
