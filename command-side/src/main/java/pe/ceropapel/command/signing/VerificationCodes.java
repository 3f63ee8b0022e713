package pe.ceropapel.command.signing;

import java.security.SecureRandom;

/**
 * Verification codes: 80 random bits written as 16 Crockford Base32 characters in groups of four
 * (no I, L, O or U, so nothing is misread from paper). Unguessable; uniqueness is enforced by the
 * verification table's primary key.
 */
final class VerificationCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }
}
