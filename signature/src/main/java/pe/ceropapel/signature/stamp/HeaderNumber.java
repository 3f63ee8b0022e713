package pe.ceropapel.signature.stamp;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The document's number, right-aligned in the top margin of a page. */
final class HeaderNumber {

    static final float TOP = 22;

    private HeaderNumber() {
    }

    /** Draws the number with its baseline {@link #TOP} points below the top of {@code area}. */
    static void draw(PDPageContentStream content, PDRectangle area, String number, float fontSize) throws IOException {
        String text = PdfText.encodable(PdfText.BOLD, number);
        float width = PdfText.width(PdfText.BOLD, fontSize, text);
        content.beginText();
        content.setNonStrokingColor(0f, 0f, 0f);
        content.setFont(PdfText.BOLD, fontSize);
        content.newLineAtOffset(area.getUpperRightX() - StampLayout.MARGIN - width, area.getUpperRightY() - TOP);
        content.showText(text);
        content.endText();
    }
}
