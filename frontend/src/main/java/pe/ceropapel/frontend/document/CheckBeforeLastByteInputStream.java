package pe.ceropapel.frontend.document;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes an upload of known size through, and waits for a check to pass before the read that
 * delivers its last byte returns. The S3 client reads a whole part before it sends it and aborts a
 * multipart upload when reading fails: so a file whose check fails is never stored, while the
 * transfer of everything before its last byte overlaps the check.
 */
final class CheckBeforeLastByteInputStream extends FilterInputStream {

    /** A check that fails by throwing. */
    @FunctionalInterface
    interface Check {
        void pass() throws IOException;
    }

    private final Check check;
    private long remaining;

    CheckBeforeLastByteInputStream(InputStream in, long size, Check check) throws IOException {
        super(in);
        this.check = check;
        this.remaining = size;
        if (size == 0) {
            check.pass();
        }
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
            remaining -= Math.min(n, remaining);
            if (remaining == 0) {
                check.pass();
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skipping would pass the last byte unchecked");
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
