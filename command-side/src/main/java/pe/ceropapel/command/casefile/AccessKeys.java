package pe.ceropapel.command.casefile;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import pe.ceropapel.storage.Sha256;

/**
 * Access keys of case files: ten characters from an alphabet without look-alikes (no 0/O, 1/I/L),
 * about 49 bits of randomness, easy to read over the phone. Only their SHA-256 is stored.
 */
public final class AccessKeys {

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessKeys() {
    }

    public static String generate() {
        char[] key = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            key[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(key);
    }

    public static String sha256(String accessKey) {
        return Sha256.of(accessKey.getBytes(StandardCharsets.UTF_8));
    }
}
