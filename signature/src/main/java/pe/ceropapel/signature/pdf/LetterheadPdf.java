package pe.ceropapel.signature.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders a document written in a form as an A4 PDF with the entity's letterhead: the entity and
 * office, the document type, the subject and the paragraphs, on as many pages as they need.
 * Characters the standard fonts cannot show become '?'.
 */
public final class LetterheadPdf {

    private static final float MARGIN = 72;
    private static final float LEADING = 16;
    private static final int WRAP = 88;

    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    /** What the letterhead and the body say. */
    public record Letter(String entity, String office, String type, String subject, List<String> paragraphs) {
    }

    public byte[] render(Letter letter) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer writer = new Writer(document);
            writer.line(bold, 11, letter.entity().toUpperCase(Locale.ROOT));
            writer.line(regular, 9, letter.office());
            writer.blank();
            writer.line(bold, 12, letter.type());
            for (String line : wrap("Asunto: " + letter.subject())) {
                writer.line(bold, 11, line);
            }
            writer.blank();
            for (String paragraph : letter.paragraphs()) {
                for (String line : wrap(paragraph)) {
                    writer.line(regular, 11, line);
                }
                writer.blank();
            }
            writer.close();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() + word.length() + 1 > WRAP && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Writes lines top to bottom, starting a new page when one is full. */
    private static final class Writer {

        private final PDDocument document;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document) {
            this.document = document;
        }

        void line(PDType1Font font, float size, String text) throws IOException {
            if (content == null || y < MARGIN) {
                newPage();
            }
            content.setFont(font, size);
            content.showText(showable(font, text));
            content.newLine();
            y -= LEADING;
        }

        void blank() throws IOException {
            if (content != null) {
                content.newLine();
                y -= LEADING;
            }
        }

        void close() throws IOException {
            if (content == null) {
                newPage();
            }
            content.endText();
            content.close();
        }

        private void newPage() throws IOException {
            if (content != null) {
                close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            content.beginText();
            content.setLeading(LEADING);
            y = page.getMediaBox().getHeight() - MARGIN;
            content.newLineAtOffset(MARGIN, y);
        }

        private static String showable(PDType1Font font, String text) {
            StringBuilder result = new StringBuilder();
            text.codePoints().forEach(codePoint -> {
                String character = new String(Character.toChars(codePoint));
                try {
                    font.encode(character);
                    result.append(character);
                } catch (IOException | IllegalArgumentException e) {
                    result.append('?');
                }
            });
            return result.toString();
        }
    }
}
