package pe.ceropapel.signature.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
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
 * active content; and hostile ones, beyond the limits of pages or of decompression.
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

    /**
     * A decompression bomb: one page whose content stream, {@code layers} times FlateDecode, decodes
     * to {@code decodedBytes} spaces (valid, empty page content) while the file stays small.
     */
    public static byte[] decompressionBomb(long decodedBytes, int layers) {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage();
        document.addPage(page);
        COSStream content = document.getDocument().createCOSStream();
        COSArray filters = new COSArray();
        try (OutputStream raw = content.createRawOutputStream()) {
            OutputStream encoder = raw;
            for (int i = 0; i < layers; i++) {
                encoder = new DeflaterOutputStream(encoder, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16);
                filters.add(COSName.FLATE_DECODE);
            }
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (long left = decodedBytes; left > 0; left -= spaces.length) {
                encoder.write(spaces, 0, (int) Math.min(spaces.length, left));
            }
            encoder.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        content.setItem(COSName.FILTER, filters);
        page.getCOSObject().setItem(COSName.CONTENTS, content);
        return write(document, null);
    }

    /** A PDF of {@code count} empty pages. */
    public static byte[] withBlankPages(int count) {
        PDDocument document = new PDDocument();
        for (int i = 0; i < count; i++) {
            document.addPage(new PDPage());
        }
        return write(document, null);
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
