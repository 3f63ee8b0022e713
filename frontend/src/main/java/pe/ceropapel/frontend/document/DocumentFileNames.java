package pe.ceropapel.frontend.document;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import pe.ceropapel.api.document.DocumentView;

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
     * The header that shows the PDF in the browser and saves it under {@code fileName}, with the RFC 5987
     * {@code filename*} for names beyond ASCII (N°, accents).
     */
    public static String inline(String fileName) {
        return ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }
}
