package pe.ceropapel.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
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
        variantOffset = indexOf(template, MARKER) + MARKER.length;
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

    private static byte[] render(int approximateBytes) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
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
                byte[] random = new byte[Math.max(0, approximateBytes - 2048)];
                new Random(42).nextBytes(random);
                raw.write(MARKER);
                raw.write(new byte[Integer.BYTES]);
                raw.write(random);
            }
            page.getCOSObject().setItem(COSName.getPDFName("BenchPadding"), padding);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("variant marker not found in the rendered PDF");
    }
}
