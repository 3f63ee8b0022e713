package pe.ceropapel.frontend.multipart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578, framed as RFC 2046 section 5.1 says) one part at a
 * time without holding a part in memory: a part's content is a stream that ends where the next delimiter
 * begins. The delimiter is found with Horspool's search, which moves past up to the delimiter's whole
 * length after one comparison, where a byte-by-byte parser compares at every byte.
 * Malformed framing, part headers past {@code maxHeaderBytes} and more than {@code maxParts} parts end
 * the reading with a {@link MalformedMultipartException}.
 */
final class MultipartReader {

    private static final int BUFFER_SIZE = 64 * 1024;
    private static final int MAX_BOUNDARY_LENGTH = 70;

    private final InputStream in;
    /** CR LF "--" boundary: the first delimiter has no CR LF before it, so the buffer starts with one. */
    private final byte[] delimiter;
    private final int[] shift = new int[256];
    private final int maxHeaderBytes;
    private final int maxParts;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int position;
    private int limit;
    private boolean inputEnded;
    private int parts;
    private PartContent current;
    private boolean closed;

    MultipartReader(InputStream in, String boundary, int maxHeaderBytes, int maxParts) {
        if (boundary == null || boundary.isEmpty() || boundary.length() > MAX_BOUNDARY_LENGTH) {
            throw new MalformedMultipartException("the boundary must have 1 to 70 characters");
        }
        if (maxHeaderBytes > BUFFER_SIZE / 2) {
            throw new IllegalArgumentException("part headers must fit in half of the buffer");
        }
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.maxHeaderBytes = maxHeaderBytes;
        this.maxParts = maxParts;
        Arrays.fill(shift, delimiter.length);
        for (int i = 0; i < delimiter.length - 1; i++) {
            shift[delimiter[i] & 0xff] = delimiter.length - 1 - i;
        }
        buffer[0] = '\r';
        buffer[1] = '\n';
        limit = 2;
    }

    /** A part: its headers, by lower-case name, and its content, readable until the next part is asked for. */
    record Part(Map<String, String> headers, InputStream content) {
    }

    /** The next part, or {@code null} after the closing delimiter; the previous part's unread content is skipped. */
    Part next() throws IOException {
        if (current == null) {
            new PartContent().skipToDelimiter();
        } else {
            current.skipToDelimiter();
        }
        if (closed || endsBody()) {
            closed = true;
            return null;
        }
        if (++parts > maxParts) {
            throw new MalformedMultipartException("more than " + maxParts + " parts");
        }
        Map<String, String> headers = readHeaders();
        current = new PartContent();
        return new Part(headers, current);
    }

    /** After a delimiter: "--" closes the body; otherwise optional spaces and CR LF open a part. */
    private boolean endsBody() throws IOException {
        if (!fill(2)) {
            throw new MalformedMultipartException("the body ends without its closing delimiter");
        }
        if (buffer[position] == '-' && buffer[position + 1] == '-') {
            return true;
        }
        while (fill(1) && (buffer[position] == ' ' || buffer[position] == '\t')) {
            position++;
        }
        expectLineEnd();
        return false;
    }

    private Map<String, String> readHeaders() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        int headerBytes = 0;
        while (true) {
            String line = readLine(maxHeaderBytes - headerBytes);
            headerBytes += line.getBytes(StandardCharsets.UTF_8).length + 2;
            if (line.isEmpty()) {
                return headers;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new MalformedMultipartException("a part header without a name");
            }
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
    }

    /** A header line, UTF-8 as browsers send file names, without its CR LF. */
    private String readLine(int maxBytes) throws IOException {
        int start = position;
        int end = start;
        while (true) {
            if (end - start > maxBytes) {
                throw new MalformedMultipartException("part headers longer than " + maxHeaderBytes + " bytes");
            }
            if (end + 1 >= limit) {
                int read = end - start;
                if (!fill(read + 2)) {
                    throw new MalformedMultipartException("the body ends inside a part's headers");
                }
                start = position;
                end = start + read;
                continue;
            }
            if (buffer[end] == '\r' && buffer[end + 1] == '\n') {
                String line = new String(buffer, start, end - start, StandardCharsets.UTF_8);
                position = end + 2;
                return line;
            }
            end++;
        }
    }

    private void expectLineEnd() throws IOException {
        if (!fill(2) || buffer[position] != '\r' || buffer[position + 1] != '\n') {
            throw new MalformedMultipartException("a delimiter not followed by a line end");
        }
        position += 2;
    }

    /**
     * Makes at least {@code needed} unread bytes available from {@link #position}, moving them to the
     * buffer's start when it must read more; false when the input ends first.
     */
    private boolean fill(int needed) throws IOException {
        if (limit - position >= needed) {
            return true;
        }
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        while (limit < needed && !inputEnded) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                inputEnded = true;
            } else {
                limit += read;
            }
        }
        return limit >= needed;
    }

    /**
     * Where the delimiter starts in the unread bytes from {@code from}, or, when it is not there
     * whole, {@code -(safe + 1)}: no delimiter starts before {@code safe}.
     */
    private int search(int from) {
        int last = delimiter.length - 1;
        int at = from;
        while (at + last < limit) {
            int i = last;
            while (i >= 0 && buffer[at + i] == delimiter[i]) {
                i--;
            }
            if (i < 0) {
                return at;
            }
            at += shift[buffer[at + last] & 0xff];
        }
        return -(Math.min(at, limit) + 1);
    }

    /** A part's content: the bytes up to the next delimiter, which it consumes when it reaches it. */
    private final class PartContent extends InputStream {

        /** Up to where the unread bytes are known to be content. */
        private int contentEnd = position;
        /** Whether the delimiter starts at {@link #contentEnd}. */
        private boolean delimiterNext;
        private boolean ended;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!available(true)) {
                return -1;
            }
            int count = Math.min(length, contentEnd - position);
            System.arraycopy(buffer, position, into, offset, count);
            position += count;
            return count;
        }

        void skipToDelimiter() throws IOException {
            while (available(false)) {
                position = contentEnd;
            }
        }

        /**
         * Whether content bytes are ready at {@link #position}; at the delimiter, consumes it and ends.
         * A body that ends before the delimiter is malformed, as the part's reader learns.
         */
        private boolean available(boolean forContent) throws IOException {
            while (!ended && position == contentEnd) {
                if (delimiterNext) {
                    position += delimiter.length;
                    ended = true;
                    break;
                }
                fill(delimiter.length);
                int found = search(position);
                delimiterNext = found >= 0;
                contentEnd = found >= 0 ? found : -found - 1;
                if (!delimiterNext && contentEnd == position && inputEnded) {
                    throw new MalformedMultipartException(forContent ? "the body ends inside a part"
                            : "the body has no delimiter");
                }
            }
            return !ended;
        }
    }
}
