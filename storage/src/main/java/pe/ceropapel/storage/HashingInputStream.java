package pe.ceropapel.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/** Passes bytes through while computing their SHA-256. */
public class HashingInputStream extends FilterInputStream {

    private final MessageDigest digest = Sha256.newDigest();
    private String sha256;

    public HashingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            atEnd();
        } else {
            digest.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            atEnd();
        } else {
            digest.update(buffer, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skipping would leave bytes out of the digest");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** The digest of all the bytes; ask only after the end of the stream was reached. */
    public String sha256() {
        if (sha256 == null) {
            sha256 = Sha256.hex(digest);
        }
        return sha256;
    }

    /** Called once each time a read reaches the end of the stream. */
    protected void atEnd() throws IOException {
        sha256();
    }
}
