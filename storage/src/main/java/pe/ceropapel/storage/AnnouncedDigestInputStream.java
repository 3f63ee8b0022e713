package pe.ceropapel.storage;

import java.io.InputStream;
import java.security.MessageDigest;

/**
 * Passes the first {@code size} bytes of an upload through while hashing them, and fails the very
 * read that delivers the last of them with {@link IntegrityViolationException} unless they have the
 * announced SHA-256: so bytes that do not match their digest are never stored under it.
 */
final class AnnouncedDigestInputStream extends LastByteCheckingInputStream {

    private final MessageDigest digest = Sha256.newDigest();
    private final String announced;
    private boolean mismatch;

    AnnouncedDigestInputStream(InputStream in, long size, String announcedSha256) {
        super(in, size);
        this.announced = announcedSha256;
    }

    @Override
    protected void counted(byte[] buffer, int offset, int length) {
        digest.update(buffer, offset, length);
    }

    @Override
    protected void check() throws IntegrityViolationException {
        String actual = Sha256.hex(digest);
        if (!actual.equals(announced)) {
            mismatch = true;
            throw new IntegrityViolationException("upload announced SHA-256 " + announced + " but its bytes have " + actual);
        }
    }

    /** Whether the bytes were found not to have the announced digest. */
    boolean mismatch() {
        return mismatch;
    }
}
