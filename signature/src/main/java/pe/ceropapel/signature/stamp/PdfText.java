package pe.ceropapel.signature.stamp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Text for the standard Helvetica fonts: characters they cannot encode are replaced, lines are wrapped. */
final class PdfText {

    static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private PdfText() {
    }

    /** The text with every character that WinAnsi (Helvetica's encoding) lacks replaced by '?'. */
    static String encodable(PDFont font, String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> safe.append(canEncode(font, c) ? Character.toString(c) : "?"));
        return safe.toString();
    }

    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits the text into lines no wider than {@code width}; a single overlong word gets a line of its own. */
    static List<String> wrap(PDFont font, float size, String text, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : encodable(font, text).split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(font, size, candidate) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static boolean canEncode(PDFont font, int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return !Character.isISOControl(codePoint);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
