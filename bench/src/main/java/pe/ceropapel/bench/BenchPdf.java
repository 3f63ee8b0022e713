package pe.ceropapel.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A valid one-page PDF of about the requested size (random bytes in an uncompressed stream), and
 * distinct variants of it so that content-addressed storage cannot skip an upload.
 */
final class BenchPdf {

    private static final byte[] MARKER = "CEROPAPEL-BENCH-VARIANT:".getBytes(StandardCharsets.US_ASCII);

    private final byte[] template;
    private final int variantOffset;

    BenchPdf(int approximateBytes) throws IOException {
        template = render(approximateBytes);
        int marker = indexOf(template, template.length, MARKER);
        if (marker < 0) {
            throw new IllegalStateException("variant marker not found in the rendered PDF");
        }
        variantOffset = marker + MARKER.length;
    }

    int size() {
        return template.length;
    }

    /** The template with a sequence number written into its padding: same size, different digest. */
    byte[] variant(int sequence) {
        byte[] copy = template.clone();
        ByteBuffer.wrap(copy, variantOffset, Integer.BYTES).putInt(sequence);
        return copy;
    }

    /**
     * Writes a PDF of about {@code approximateBytes} to {@code file} with every stream buffered in
     * temporary files, so that a file larger than the heap can be made.
     */
    static void write(Path file, long approximateBytes) throws IOException {
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
             OutputStream out = Files.newOutputStream(file)) {
            fill(document, approximateBytes);
            document.save(out);
        }
    }

    /**
     * Writes a sequence number into the padding of a PDF made by {@link #write}: same size, different
     * digest, without writing the file again.
     */
    static void makeVariant(Path file, int sequence) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer window = ByteBuffer.allocate(1 << 20);
            for (long start = 0; start < channel.size(); start += window.capacity() - MARKER.length) {
                window.clear();
                channel.read(window, start);
                int found = indexOf(window.array(), window.position(), MARKER);
                if (found >= 0) {
                    channel.write(ByteBuffer.allocate(Integer.BYTES).putInt(0, sequence), start + found + MARKER.length);
                    return;
                }
            }
        }
        throw new IllegalStateException("variant marker not found in " + file);
    }

    private static byte[] render(int approximateBytes) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(document, approximateBytes);
            document.save(out);
            return out.toByteArray();
        }
    }

    /** One page of text, and a padding stream of random bytes after a marker where variants differ. */
    private static void fill(PDDocument document, long approximateBytes) throws IOException {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 700);
            content.showText("Informe de prueba de rendimiento de Cero Papel");
            content.endText();
        }
        COSStream padding = document.getDocument().createCOSStream();
        try (OutputStream raw = padding.createRawOutputStream()) {
            raw.write(MARKER);
            raw.write(new byte[Integer.BYTES]);
            Random random = new Random(42);
            byte[] chunk = new byte[1 << 20];
            for (long left = Math.max(0, approximateBytes - 2048); left > 0; left -= chunk.length) {
                random.nextBytes(chunk);
                raw.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        }
        page.getCOSObject().setItem(COSName.getPDFName("BenchPadding"), padding);
    }

    /** Where {@code needle} first starts among the first {@code length} bytes of {@code haystack}, or -1. */
    private static int indexOf(byte[] haystack, int length, byte[] needle) {
        outer:
        for (int i = 0; i <= length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
