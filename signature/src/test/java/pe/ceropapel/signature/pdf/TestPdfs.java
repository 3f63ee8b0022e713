package pe.ceropapel.signature.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * PDFs made by tests: one page per paragraph, optionally password-protected, cut short, or with
 * active content.
 */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** A PDF with one page for each paragraph. */
    public static byte[] withPages(String... paragraphs) {
        return write(document(paragraphs), null);
    }

    /** A PDF that cannot be opened without the given user password. */
    public static byte[] passwordProtected(String password, String... paragraphs) {
        return write(document(paragraphs), password);
    }

    /** The first half of a valid PDF, as an interrupted upload would leave it. */
    public static byte[] truncated(String... paragraphs) {
        byte[] whole = withPages(paragraphs);
        return Arrays.copyOf(whole, whole.length / 2);
    }

    private static PDDocument document(String... paragraphs) {
        PDDocument document = new PDDocument();
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try {
            for (String paragraph : paragraphs) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(paragraph);
                    content.endText();
                }
            }
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that runs JavaScript when opened. */
    public static byte[] withOpeningScript(String... paragraphs) {
        PDDocument document = document(paragraphs);
        document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hola');"));
        return write(document, null);
    }

    /** A PDF that carries a file inside (an embedded file in its names tree). */
    public static byte[] withEmbeddedFile(String... paragraphs) {
        PDDocument document = document(paragraphs);
        try {
            PDEmbeddedFile embedded = new PDEmbeddedFile(document, new ByteArrayInputStream("MZ".getBytes()));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("programa.exe");
            spec.setEmbeddedFile(embedded);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("programa.exe", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            document.getDocumentCatalog().setNames(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return write(document, null);
    }

    private static byte[] write(PDDocument document, String userPassword) {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (userPassword != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
