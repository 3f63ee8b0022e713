package pe.ceropapel.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * Passes the first {@code size} bytes of an upload through while hashing them, and fails the very
 * read that delivers the last of them with {@link IntegrityViolationException} unless they have the
 * announced SHA-256. The S3 client reads a whole part before it sends it, and a multipart upload is
 * aborted when reading fails: so bytes that do not match their digest are never stored under it.
 */
final class AnnouncedDigestInputStream extends FilterInputStream {

    private final MessageDigest digest = Sha256.newDigest();
    private final long size;
    private final String announced;
    private long remaining;
    private boolean mismatch;

    AnnouncedDigestInputStream(InputStream in, long size, String announcedSha256) {
        super(in);
        this.size = size;
        this.announced = announcedSha256;
        this.remaining = size;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0 && remaining > 0) {
            int counted = (int) Math.min(n, remaining);
            digest.update(buffer, offset, counted);
            remaining -= counted;
            if (remaining == 0) {
                verify();
            }
        }
        return n;
    }

    /** Verifies at once when there is nothing to read (an empty upload). */
    void verifyIfEmpty() throws IntegrityViolationException {
        if (size == 0) {
            verify();
        }
    }

    private void verify() throws IntegrityViolationException {
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

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skipping would leave bytes out of the digest");
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
