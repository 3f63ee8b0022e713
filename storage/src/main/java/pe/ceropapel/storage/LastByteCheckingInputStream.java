package pe.ceropapel.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes the first {@code size} bytes of an upload through and runs a check in the very read that
 * delivers the last of them, which fails that read when the check does. The S3 client reads a whole
 * part before it sends it, and a multipart upload is aborted when reading fails: so bytes whose check
 * fails are never stored, while everything before their last byte is transferred beside the check.
 */
public abstract class LastByteCheckingInputStream extends FilterInputStream {

    private final long size;
    private long remaining;

    protected LastByteCheckingInputStream(InputStream in, long size) {
        super(in);
        this.size = size;
        this.remaining = size;
    }

    /** Sees each of the first {@code size} bytes once, as they are read. */
    protected void counted(byte[] buffer, int offset, int length) {
    }

    /** The check, run once the last of the {@code size} bytes has been read; fails by throwing. */
    protected abstract void check() throws IOException;

    /** Runs the check at once when there is nothing to read (an empty upload). */
    public void checkIfEmpty() throws IOException {
        if (size == 0) {
            check();
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
            int counted = (int) Math.min(n, remaining);
            counted(buffer, offset, counted);
            remaining -= counted;
            if (remaining == 0) {
                check();
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skipping would pass bytes unchecked");
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
