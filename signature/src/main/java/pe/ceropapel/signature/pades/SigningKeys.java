package pe.ceropapel.signature.pades;

import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.KSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs11SignatureToken;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import eu.europa.esig.dss.token.SignatureTokenConnection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Opens signing keys from PKCS#12 files and PKCS#11 tokens (HSMs, smart cards, SoftHSM). */
public final class SigningKeys {

    private SigningKeys() {
    }

    /** The single key of a PKCS#12 file protected by {@code pin}. */
    public static SigningKey pkcs12(Path file, char[] pin) {
        checkPin(file, pin);
        SignatureTokenConnection token;
        try {
            token = new Pkcs12SignatureToken(file.toFile(), new KeyStore.PasswordProtection(pin.clone()));
        } catch (IOException | DSSException e) {
            throw new SigningKeyException(SigningKeyException.Reason.UNAVAILABLE, "cannot open " + file.getFileName(), e);
        }
        return new TokenSigningKey(token, onlyKey(token, file.getFileName().toString()));
    }

    /**
     * A key of a PKCS#11 token, found by the token's label and the key's label (alias).
     *
     * @param library    the PKCS#11 module, e.g. {@code /usr/lib/softhsm/libsofthsm2.so}
     * @param slotIndex  the token's position in the module's slot list (slot ids may change between reboots)
     */
    public static SigningKey pkcs11(String library, int slotIndex, char[] pin, String keyLabel) {
        return pkcs11(library, slotIndex, pin, key -> key.getAlias().equals(keyLabel), "labelled " + keyLabel);
    }

    /**
     * The first key of a PKCS#11 token whose certificate's subject (RFC 2253) matches
     * {@code certificateFilter}, as a signing client offers the certificates of a DNIe or a token.
     */
    public static SigningKey pkcs11Matching(String library, int slotIndex, char[] pin, Pattern certificateFilter) {
        return pkcs11(library, slotIndex, pin, key -> certificateFilter.matcher(
                key.getCertificate().getCertificate().getSubjectX500Principal().getName()).matches(),
                "whose certificate matches " + certificateFilter);
    }

    private static SigningKey pkcs11(String library, int slotIndex, char[] pin, Predicate<KSPrivateKeyEntry> which,
                                     String description) {
        SignatureTokenConnection token;
        List<DSSPrivateKeyEntry> keys;
        try {
            token = new Pkcs11SignatureToken(library, () -> pin.clone(), -1, slotIndex, null);
            keys = token.getKeys();
        } catch (DSSException e) {
            boolean wrongPin = String.valueOf(e.getMessage()).contains("CKR_PIN_INCORRECT")
                    || causes(e).contains("CKR_PIN_INCORRECT");
            throw new SigningKeyException(wrongPin ? SigningKeyException.Reason.WRONG_PIN
                    : SigningKeyException.Reason.UNAVAILABLE, "cannot open the PKCS#11 token", e);
        }
        return keys.stream()
                .filter(key -> key instanceof KSPrivateKeyEntry entry && which.test(entry))
                .findFirst()
                .map(key -> (SigningKey) new TokenSigningKey(token, key))
                .orElseThrow(() -> {
                    token.close();
                    return new SigningKeyException(SigningKeyException.Reason.NO_KEY,
                            "the token has no key " + description, null);
                });
    }

    /** People's keys as {@code <directory>/<username>.p12}, each unlocked by its owner's PIN. */
    public static SignerKeys directory(Path directory) {
        return (username, fullName, pin) -> {
            if (pin == null || pin.length == 0) {
                throw new SigningKeyException(SigningKeyException.Reason.WRONG_PIN, "a PIN is needed", null);
            }
            Path file = directory.resolve(username + ".p12").normalize();
            if (!file.getParent().equals(directory.normalize()) || !Files.isRegularFile(file)) {
                throw new SigningKeyException(SigningKeyException.Reason.NO_KEY, "no key for " + username, null);
            }
            return pkcs12(file, pin);
        };
    }

    /** People's keys in one PKCS#11 token (an HSM), labelled with their usernames; the application holds the PIN. */
    public static SignerKeys token(String library, int slotIndex, char[] tokenPin) {
        return new SignerKeys() {
            @Override
            public SigningKey open(String username, String fullName, char[] pin) {
                return pkcs11(library, slotIndex, tokenPin, username);
            }

            @Override
            public Optional<X509Certificate> registeredCertificate(String username) {
                try (SigningKey key = pkcs11(library, slotIndex, tokenPin, username)) {
                    return Optional.of(key.chain().get(0));
                } catch (SigningKeyException e) {
                    return Optional.empty();
                }
            }
        };
    }

    private static void checkPin(Path file, char[] pin) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore.getInstance("PKCS12").load(in, pin);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new SigningKeyException(SigningKeyException.Reason.WRONG_PIN, "wrong PIN", e);
            }
            throw new SigningKeyException(Files.exists(file) ? SigningKeyException.Reason.UNAVAILABLE
                    : SigningKeyException.Reason.NO_KEY, "cannot read " + file.getFileName(), e);
        } catch (GeneralSecurityException e) {
            throw new SigningKeyException(SigningKeyException.Reason.UNAVAILABLE, "cannot read " + file.getFileName(), e);
        }
    }

    private static DSSPrivateKeyEntry onlyKey(SignatureTokenConnection token, String name) {
        List<DSSPrivateKeyEntry> keys = token.getKeys();
        if (keys.size() != 1) {
            token.close();
            throw new SigningKeyException(SigningKeyException.Reason.NO_KEY, name + " holds " + keys.size() + " keys", null);
        }
        return keys.get(0);
    }

    private static String causes(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append(' ');
        }
        return messages.toString();
    }
}
