package pe.ceropapel.signature.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Measures what a PDF's streams decode to without keeping the decoded bytes, so that a
 * decompression bomb is refused before anything decodes it: PDFBox decodes a stream wholly on the
 * heap whenever it reads one (page contents for text extraction and stamps, fonts, object streams).
 * Image codecs (JPEG, JPEG 2000, JBIG2, CCITT) are not run: their output is bounded by the image's
 * size and nothing on the server decodes images.
 */
final class DecodedStreams {

    /** The most that one stream may decode to: PDFBox holds one decoded stream at a time. */
    static final long MAX_STREAM_BYTES = 64L * 1024 * 1024;
    /** The most that all streams of a document may decode to together. */
    static final long MAX_TOTAL_BYTES = 1024L * 1024 * 1024;

    private static final Set<COSName> IMAGE_CODECS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);

    private DecodedStreams() {
    }

    /**
     * What exceeds the limits, or empty. Only objects stored directly in the file are read, which
     * decodes nothing: streams cannot be inside object streams, and object streams are measured here
     * before anything resolves the objects they hold.
     */
    static Optional<String> findExcess(COSDocument document) throws IOException {
        long total = 0;
        for (Map.Entry<COSObjectKey, Long> entry : document.getXrefTable().entrySet()) {
            if (entry.getValue() == null || entry.getValue() <= 0) {
                continue;
            }
            COSBase object = document.getObjectFromPool(entry.getKey()).getObject();
            if (object instanceof COSStream stream) {
                long decoded;
                try {
                    decoded = decodedLength(stream, Math.min(MAX_STREAM_BYTES, MAX_TOTAL_BYTES - total));
                } catch (LimitExceeded e) {
                    return Optional.of("stream " + entry.getKey() + " " + e.getMessage());
                }
                total += decoded;
            }
        }
        return Optional.empty();
    }

    private static long decodedLength(COSStream stream, long limit) throws IOException {
        List<COSName> filters = nonImageFilters(stream.getFilters());
        if (filters.isEmpty()) {
            // stored as it is read (or left to an image codec): no expansion, its bytes are in the
            // file, which the upload limit bounds; a large scan stored uncompressed stays acceptable
            return 0;
        }
        InputStream input = stream.createRawInputStream();
        try {
            for (int i = 0; i < filters.size() - 1; i++) {
                Path intermediate = Files.createTempFile("ceropapel-decode-", ".bin");
                try (OutputStream output = new BoundedOutputStream(Files.newOutputStream(intermediate), limit)) {
                    decode(filters.get(i), input, output, stream, i);
                } catch (IOException | RuntimeException e) {
                    Files.delete(intermediate);
                    throw e;
                }
                input.close();
                input = Files.newInputStream(intermediate, StandardOpenOption.DELETE_ON_CLOSE);
            }
            BoundedOutputStream counter = new BoundedOutputStream(OutputStream.nullOutputStream(), limit);
            decode(filters.get(filters.size() - 1), input, counter, stream, filters.size() - 1);
            return counter.written;
        } finally {
            input.close();
        }
    }

    private static void decode(COSName name, InputStream input, OutputStream output, COSStream stream, int index)
            throws IOException {
        Filter filter = FilterFactory.INSTANCE.getFilter(name);
        filter.decode(input, output, stream, index);
    }

    /** The filters up to the first image codec, which is not run. */
    private static List<COSName> nonImageFilters(COSBase filters) {
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSName name) {
            names.add(name);
        } else if (filters instanceof COSArray array) {
            for (COSBase item : array) {
                if (item instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        for (int i = 0; i < names.size(); i++) {
            if (IMAGE_CODECS.contains(names.get(i))) {
                return names.subList(0, i);
            }
        }
        return names;
    }

    /** {@code length}, if it is within {@code limit}. */
    static long check(long length, long limit) throws LimitExceeded {
        if (length > limit) {
            throw LimitExceeded.decodesToMoreThan(limit);
        }
        return length;
    }

    /** Passes bytes on, and fails as soon as more than the limit went through. */
    private static final class BoundedOutputStream extends OutputStream {

        private final OutputStream target;
        private final long limit;
        private long written;

        BoundedOutputStream(OutputStream target, long limit) {
            this.target = target;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            written = check(written + 1, limit);
            target.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            written = check(written + length, limit);
            target.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            target.close();
        }
    }
}
