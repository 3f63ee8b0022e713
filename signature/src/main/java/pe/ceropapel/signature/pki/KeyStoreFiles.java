package pe.ceropapel.signature.pki;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;

/** PKCS#12 files holding one key with its certificate chain, written atomically. */
final class KeyStoreFiles {

    static final String ALIAS = "key";

    private KeyStoreFiles() {
    }

    static void write(Path file, PrivateKey key, List<X509Certificate> chain, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, key, password, chain.toArray(new Certificate[0]));
            Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, password);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (GeneralSecurityException | IOException e) {
            throw new PkiException("cannot write " + file, e);
        }
    }

    static KeyStore.PrivateKeyEntry read(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return (KeyStore.PrivateKeyEntry) store.getEntry(ALIAS, new KeyStore.PasswordProtection(password));
        } catch (GeneralSecurityException | IOException e) {
            throw new PkiException("cannot read " + file, e);
        }
    }
}
