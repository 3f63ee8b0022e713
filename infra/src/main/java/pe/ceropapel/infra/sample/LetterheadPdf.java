package pe.ceropapel.infra.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Renders a one-page A4 document with the entity's letterhead, for the sample data. */
final class LetterheadPdf {

    private static final float MARGIN = 72;
    private static final int WRAP = 88;

    private LetterheadPdf() {
    }

    static byte[] render(SampleDocument sample) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.newLineAtOffset(MARGIN, page.getMediaBox().getHeight() - MARGIN);
                content.setLeading(16);
                content.setFont(bold, 11);
                content.showText("INSTITUTO NACIONAL DE CALIDAD - INACAL");
                content.newLine();
                content.setFont(regular, 9);
                content.showText("Documento de demostración de Cero Papel - " + sample.office());
                content.newLine();
                content.newLine();
                content.setFont(bold, 12);
                content.showText(sample.type().name());
                content.newLine();
                for (String line : wrap("Asunto: " + sample.subject())) {
                    content.showText(line);
                    content.newLine();
                }
                content.newLine();
                content.setFont(regular, 11);
                for (String paragraph : sample.paragraphs()) {
                    for (String line : wrap(paragraph)) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.newLine();
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > WRAP) {
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
}
