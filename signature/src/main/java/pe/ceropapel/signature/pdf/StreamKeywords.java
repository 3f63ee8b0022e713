package pe.ceropapel.signature.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Finds, in a file's raw bytes, every keyword {@code stream} that is not the end of {@code endstream}.
 * Horspool's search: most bytes of a PDF's bodies are not letters of the keyword, so the scan looks at
 * about one byte in six, several times faster than comparing at every position.
 */
final class StreamKeywords {

    private static final byte[] KEYWORD = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final int LENGTH = KEYWORD.length;
    private static final int LAST = KEYWORD[LENGTH - 1];
    /** How far the search may move when the byte under the keyword's last letter is {@code b}. */
    private static final int[] SHIFT = shifts();
    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER];
    /** Where in the file {@code buffer[0]} is. */
    private long bufferOffset;
    /** Where in the buffer the next candidate keyword starts. */
    private int candidate;
    private int end;
    private boolean exhausted;

    StreamKeywords(InputStream in) {
        this.in = in;
    }

    /** The position in the file just after the next keyword, or -1 at the end of the file. */
    long next() throws IOException {
        while (true) {
            int at = candidate;
            while (at + LENGTH <= end) {
                int last = buffer[at + LENGTH - 1];
                if (last == LAST && isKeywordAt(at)) {
                    candidate = at + LENGTH;
                    return bufferOffset + candidate;
                }
                at += SHIFT[last & 0xFF];
            }
            candidate = at;
            if (exhausted || !refill()) {
                return -1;
            }
        }
    }

    /** The keyword at {@code at}, not preceded by the {@code d} of {@code endstream}. */
    private boolean isKeywordAt(int at) {
        for (int i = 0; i < LENGTH - 1; i++) {
            if (buffer[at + i] != KEYWORD[i]) {
                return false;
            }
        }
        return at == 0 || buffer[at - 1] != 'd';
    }

    /** Keeps the unsearched tail and the byte before it, and reads more; false at the end of the file. */
    private boolean refill() throws IOException {
        int keep = Math.max(candidate - 1, 0);
        System.arraycopy(buffer, keep, buffer, 0, end - keep);
        bufferOffset += keep;
        candidate -= keep;
        end -= keep;
        int read = in.read(buffer, end, buffer.length - end);
        if (read < 0) {
            exhausted = true;
            return false;
        }
        end += read;
        return true;
    }

    private static int[] shifts() {
        int[] shifts = new int[256];
        Arrays.fill(shifts, LENGTH);
        for (int i = 0; i < LENGTH - 1; i++) {
            shifts[KEYWORD[i] & 0xFF] = LENGTH - 1 - i;
        }
        return shifts;
    }
}
