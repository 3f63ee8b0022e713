package pe.ceropapel.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Copies a stream from {@link ObjectStorage#open} to a client, holding back the last buffer until the
 * end of the stream has been read: when the digest does not match, the client never receives the
 * complete bytes (the response is cut short and fails) instead of a corrupted copy that looks whole.
 */
public final class VerifiedCopy {

    private static final int BUFFER = 64 * 1024;

    private VerifiedCopy() {
    }

    public static void copy(InputStream verifying, OutputStream out) throws IOException {
        byte[] pending = new byte[BUFFER];
        byte[] next = new byte[BUFFER];
        int pendingLength = 0;
        int read;
        while ((read = verifying.readNBytes(next, 0, BUFFER)) > 0) {
            out.write(pending, 0, pendingLength);
            byte[] swap = pending;
            pending = next;
            next = swap;
            pendingLength = read;
        }
        out.write(pending, 0, pendingLength);
    }
}
