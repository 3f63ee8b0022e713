package pe.ceropapel.storage;

import java.io.InputStream;

/**
 * Passes bytes through while hashing them; when the end is reached, fails with
 * {@link IntegrityViolationException} unless the bytes had the expected SHA-256.
 */
final class DigestVerifyingInputStream extends HashingInputStream {

    private final String expectedSha256;
    private final String name;

    DigestVerifyingInputStream(InputStream in, String expectedSha256, String name) {
        super(in);
        this.expectedSha256 = expectedSha256;
        this.name = name;
    }

    @Override
    protected void atEnd() throws IntegrityViolationException {
        String actual = sha256();
        if (!actual.equals(expectedSha256)) {
            throw new IntegrityViolationException(
                    name + " has SHA-256 " + actual + " but " + expectedSha256 + " was expected");
        }
    }
}
