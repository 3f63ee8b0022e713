package pe.ceropapel.signature.pdf;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Measures, in the raw bytes of a file and before any PDF parser reads it, what each stream body
 * compressed with zlib (FlateDecode, once or nested) inflates to, without keeping the inflated
 * bytes: PDFBox inflates the cross-reference stream and the object streams wholly on the heap while
 * it opens a file, before {@link DecodedStreams} can measure them. Every {@code stream} keyword is
 * tried, whatever its dictionary declares; a body that is not zlib data counts for nothing and is
 * left to the parser to judge.
 */
final class CompressedBodies {

    /** More nested layers of compression than any writer makes: deeper nesting is refused. */
    private static final int MAX_LAYERS = 8;
    private static final int BUFFER = 1 << 16;

    private CompressedBodies() {
    }

    /** What exceeds the limits of {@link DecodedStreams}, or empty. */
    static Optional<String> findExcess(Path file) throws IOException {
        long total = 0;
        try (InputStream in = Files.newInputStream(file)) {
            StreamKeywords keywords = new StreamKeywords(in);
            for (long afterKeyword = keywords.next(); afterKeyword >= 0; afterKeyword = keywords.next()) {
                long limit = Math.min(DecodedStreams.MAX_STREAM_BYTES, DecodedStreams.MAX_TOTAL_BYTES - total);
                try {
                    total += inflatedSize(file, afterKeyword, limit);
                } catch (LimitExceeded e) {
                    return Optional.of("stream at byte " + (afterKeyword - 6) + " " + e.getMessage());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The most bytes that any layer of the body after the keyword at {@code afterKeyword} inflates
     * to, unwrapping each layer whose output is zlib data again; a layer that breaks is counted as
     * far as it went.
     */
    private static long inflatedSize(Path file, long afterKeyword, long limit) throws IOException {
        List<Layer> layers = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file)) {
            raw.skipNBytes(afterKeyword);
            unwrap(new BufferedInputStream(raw, BUFFER), layers, limit);
            for (int i = layers.size() - 1; i >= 0 && !drained(layers.get(i)); i--) {
                // the layer broke: the one around it goes on from where the broken one stopped reading
            }
            return layers.stream().mapToLong(Layer::inflated).max().orElse(0);
        } finally {
            layers.forEach(Layer::end);
        }
    }

    /** Opens the nested layers of zlib data, outermost first, as far as they are valid. */
    private static void unwrap(InputStream body, List<Layer> layers, long limit) throws LimitExceeded {
        try {
            PushbackInputStream next = new PushbackInputStream(body, 2);
            skipEndOfLine(next);
            while (startsZlib(next)) {
                if (layers.size() == MAX_LAYERS) {
                    throw new LimitExceeded("nests more than " + MAX_LAYERS + " layers of compression");
                }
                Layer layer = new Layer(next, limit);
                layers.add(layer);
                next = new PushbackInputStream(layer, 2);
            }
        } catch (LimitExceeded e) {
            throw e;
        } catch (IOException brokenLayer) {
            // the innermost layer is not zlib data after all; it counts as far as it went
        }
    }

    /** The end of line between the keyword and the body: CR LF, LF, or (tolerated) CR. */
    private static void skipEndOfLine(PushbackInputStream in) throws IOException {
        int first = in.read();
        if (first == '\r') {
            int second = in.read();
            if (second != '\n' && second >= 0) {
                in.unread(second);
            }
        } else if (first != '\n' && first >= 0) {
            in.unread(first);
        }
    }

    /** Whether the next two bytes are a zlib header (RFC 1950): deflate, and a valid check. */
    private static boolean startsZlib(PushbackInputStream in) throws IOException {
        int method = in.read();
        int flags = in.read();
        if (flags >= 0) {
            in.unread(flags);
        }
        if (method >= 0) {
            in.unread(method);
        }
        return flags >= 0 && (method & 0x0F) == 8 && method >>> 4 <= 7 && (method << 8 | flags) % 31 == 0;
    }

    /** Reads the layer to its end; false if it breaks first. */
    private static boolean drained(Layer layer) throws LimitExceeded {
        try {
            byte[] buffer = new byte[BUFFER];
            while (layer.read(buffer, 0, buffer.length) >= 0) {
                // only counted
            }
            return true;
        } catch (LimitExceeded e) {
            throw e;
        } catch (IOException brokenLayer) {
            return false;
        }
    }

    /** One layer of zlib data inflated: counts its output, and fails as soon as it passes the limit. */
    private static final class Layer extends FilterInputStream {

        private final Inflater inflater;
        private final long limit;
        private long inflated;

        Layer(InputStream compressed, long limit) {
            this(compressed, new Inflater(), limit);
        }

        private Layer(InputStream compressed, Inflater inflater, long limit) {
            super(new InflaterInputStream(compressed, inflater, BUFFER));
            this.inflater = inflater;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                inflated = DecodedStreams.check(inflated + 1, limit);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                inflated = DecodedStreams.check(inflated + read, limit);
            }
            return read;
        }

        long inflated() {
            return inflated;
        }

        void end() {
            inflater.end();
        }
    }
}
