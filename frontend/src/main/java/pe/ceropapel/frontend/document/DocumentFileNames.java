package pe.ceropapel.frontend.document;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.springframework.web.util.UriUtils;
import pe.ceropapel.api.document.DocumentView;
import pe.ceropapel.command.intake.FileNames;

/**
 * The name a downloaded document is saved under: its number ("MEMORANDO N° 000004-2026-INACAL-DM.pdf"),
 * or its type and subject while it has none; never the last segment of its address.
 */
public final class DocumentFileNames {

    private static final int MAX_SUBJECT = 80;

    private DocumentFileNames() {
    }

    public static String of(DocumentView document) {
        if (document.number() != null) {
            return of(document.number());
        }
        String subject = document.subject().strip();
        return of(document.type() + " - " + (subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject));
    }

    /** A file name made of {@code title}: a slash of an office code becomes a dash, and ".pdf" is added. */
    public static String of(String title) {
        return FileNames.sanitize(title.replace('/', '-').replace('\\', '-') + ".pdf");
    }

    /**
     * The header that shows the PDF in the browser and saves it under {@code fileName}: the RFC 5987
     * {@code filename*} carries the name as it is (N°, accents), {@code filename} its plain ASCII form
     * for clients that know no better (RFC 6266).
     */
    public static String inline(String fileName) {
        String ascii = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7E]", "")
                .replace("\\", "").replace("\"", "");
        return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + UriUtils.encode(fileName, StandardCharsets.UTF_8);
    }
}
