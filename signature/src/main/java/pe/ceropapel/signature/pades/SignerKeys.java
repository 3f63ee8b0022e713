package pe.ceropapel.signature.pades;

import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * Where the application finds a person's signing key: a directory of PKCS#12 files, a PKCS#11
 * token, or the development PKI. Implementations throw {@link SigningKeyException} when the key is
 * missing or the PIN is wrong.
 */
@FunctionalInterface
public interface SignerKeys {

    /**
     * Opens the key of {@code username}.
     *
     * @param fullName the person's name, for a key source that issues certificates (development only)
     * @param pin      the PIN that unlocks the key, or null when the source needs none
     */
    SigningKey open(String username, String fullName, char[] pin);

    /**
     * The certificate of the key registered for {@code username}, when this source can read it without
     * the person's PIN (a token the application holds the PIN of, the development PKI); empty otherwise.
     */
    default Optional<X509Certificate> registeredCertificate(String username) {
        return Optional.empty();
    }
}
