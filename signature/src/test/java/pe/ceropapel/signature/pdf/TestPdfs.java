package pe.ceropapel.signature.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * PDFs made by tests: one page per paragraph, optionally password-protected, cut short, or with
 * active content, or saved with object streams; and hostile ones, beyond the limits of pages or of
 * decompression.
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
            deflate(raw, new byte[0], decodedBytes, layers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < layers; i++) {
            filters.add(COSName.FLATE_DECODE);
        }
        content.setItem(COSName.FILTER, filters);
        page.getCOSObject().setItem(COSName.CONTENTS, content);
        return write(document, null);
    }

    /**
     * A PDF 1.5 of one empty page whose cross-reference stream, {@code layers} times FlateDecode,
     * decodes to its entries followed by spaces up to {@code decodedBytes}: PDFBox inflates it while
     * it opens the file, before anything else reads the file.
     */
    public static byte[] crossReferenceStreamBomb(long decodedBytes, int layers) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            out.write("%PDF-1.5\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
            String[] objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"};
            ByteBuffer entries = ByteBuffer.allocate(7 * (objects.length + 2));
            entries.put((byte) 0).putInt(0).putShort((short) 0xFFFF);
            for (int i = 0; i < objects.length; i++) {
                entries.put((byte) 1).putInt(out.size()).putShort((short) 0);
                out.write(((i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            int xref = out.size();
            entries.put((byte) 1).putInt(xref).putShort((short) 0);
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            deflate(data, entries.array(), decodedBytes - entries.capacity(), layers);
            out.write(((objects.length + 1) + " 0 obj\n<< /Type /XRef /Size " + (objects.length + 2)
                    + " /W [1 4 2] /Root 1 0 R /Filter [" + "/FlateDecode ".repeat(layers) + "] /Length "
                    + data.size() + " >>\nstream\n").getBytes(StandardCharsets.ISO_8859_1));
            data.writeTo(out);
            out.write(("\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code head} and then {@code spaces} spaces, {@code layers} times zlib-compressed. */
    private static void deflate(OutputStream raw, byte[] head, long spaces, int layers) throws IOException {
        OutputStream encoder = raw;
        for (int i = 0; i < layers; i++) {
            encoder = new DeflaterOutputStream(encoder, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16);
        }
        encoder.write(head);
        byte[] padding = new byte[1 << 20];
        Arrays.fill(padding, (byte) ' ');
        for (long left = spaces; left > 0; left -= padding.length) {
            encoder.write(padding, 0, (int) Math.min(padding.length, left));
        }
        encoder.close();
    }

    /**
     * A PDF with one page per paragraph saved the compact way: its objects in compressed object
     * streams, indexed by a compressed cross-reference stream.
     */
    public static byte[] withObjectStreams(String... paragraphs) {
        try (PDDocument document = document(paragraphs); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out, CompressParameters.DEFAULT_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF of {@code count} empty pages. */
    public static byte[] withBlankPages(int count) {
        PDDocument document = new PDDocument();
        for (int i = 0; i < count; i++) {
            document.addPage(new PDPage());
        }
        return write(document, null);
    }

    /** A one-page PDF that also holds a stream of {@code bytes} stored uncompressed, as a large scan may be. */
    public static byte[] withUncompressedStream(int bytes) {
        PDDocument document = document("Plano escaneado");
        COSStream scan = document.getDocument().createCOSStream();
        try (OutputStream raw = scan.createRawOutputStream()) {
            raw.write(new byte[bytes]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document.getPage(0).getCOSObject().setItem(COSName.getPDFName("Scan"), scan);
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

    /** A PDF whose catalog holds, inline, a JavaScript {@code /OpenAction}: {@code << /S /JavaScript /JS (...) >>}. */
    public static byte[] withInlineOpeningScript(String... paragraphs) {
        return withInlineAction(ActionPlace.OPEN_ACTION, "JavaScript", false, paragraphs);
    }

    /** Where a PDF may hold an action, written inline (inside another object, not as an object of its own). */
    public enum ActionPlace {
        /** The catalog's {@code /OpenAction}: runs when the document opens. */
        OPEN_ACTION,
        /** The catalog's additional actions ({@code /AA /WC}: when the document closes). */
        DOCUMENT_AA,
        /** The first page's additional actions ({@code /AA /O}: when the page opens). */
        PAGE_AA,
        /** A link annotation's {@code /A} on the first page, in an inline {@code /Annots} array. */
        LINK,
        /** The catalog's {@code /Names /JavaScript} name tree, inline down to the action. */
        NAMES,
        /** The {@code /Next} of a harmless {@code /OpenAction} that goes to the first page. */
        NEXT_OF_GO_TO
    }

    /**
     * A PDF with an action of type {@code actionType} ({@code JavaScript}, {@code Launch},
     * {@code SubmitForm}, {@code ImportData}, {@code RichMediaExecute}, or the harmless {@code URI}
     * and {@code GoTo}) at {@code place}, every dictionary and array on the way to it written inline
     * in the object that holds it; optionally saved with compressed object streams.
     */
    public static byte[] withInlineAction(ActionPlace place, String actionType, boolean objectStreams,
                                          String... paragraphs) {
        PDDocument document = document(paragraphs);
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        PDPage page = document.getPage(0);
        COSDictionary action = action(actionType, page);
        switch (place) {
            case OPEN_ACTION -> catalog.setItem(COSName.OPEN_ACTION, action);
            case DOCUMENT_AA -> catalog.setItem(COSName.AA, inline(COSName.getPDFName("WC"), action));
            case PAGE_AA -> page.getCOSObject().setItem(COSName.AA, inline(COSName.O, action));
            case LINK -> {
                COSDictionary link = inline(COSName.TYPE, COSName.ANNOT);
                link.setItem(COSName.SUBTYPE, COSName.LINK);
                link.setItem(COSName.RECT, direct(new PDRectangle(72, 600, 200, 20).getCOSArray()));
                link.setItem(COSName.A, action);
                COSArray annotations = direct(new COSArray());
                annotations.add(link);
                page.getCOSObject().setItem(COSName.ANNOTS, annotations);
            }
            case NAMES -> {
                COSArray names = direct(new COSArray());
                names.add(new COSString("abrir"));
                names.add(action);
                catalog.setItem(COSName.NAMES, inline(COSName.JAVA_SCRIPT, inline(COSName.NAMES, names)));
            }
            case NEXT_OF_GO_TO -> {
                COSDictionary goTo = action("GoTo", page);
                goTo.setItem(COSName.NEXT, action);
                catalog.setItem(COSName.OPEN_ACTION, goTo);
            }
        }
        if (!objectStreams) {
            return write(document, null);
        }
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out, CompressParameters.DEFAULT_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF whose interactive form is an XFA form (its {@code /XFA} packet inline in an inline {@code /AcroForm}). */
    public static byte[] withXfaForm(String... paragraphs) {
        PDDocument document = document(paragraphs);
        COSDictionary form = inline(COSName.FIELDS, direct(new COSArray()));
        form.setItem(COSName.getPDFName("XFA"), new COSString("<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"/>"));
        document.getDocumentCatalog().getCOSObject().setItem(COSName.ACRO_FORM, form);
        return write(document, null);
    }

    private static COSDictionary action(String type, PDPage page) {
        COSDictionary action = inline(COSName.TYPE, COSName.getPDFName("Action"));
        action.setItem(COSName.S, COSName.getPDFName(type));
        switch (type) {
            case "JavaScript" -> action.setItem(COSName.JS, new COSString("app.alert('hola');"));
            case "Launch" -> action.setItem(COSName.F, new COSString("C:\\Windows\\System32\\calc.exe"));
            case "SubmitForm" -> action.setItem(COSName.F, inline(COSName.F, new COSString("http://127.0.0.1:9/datos")));
            case "ImportData" -> action.setItem(COSName.F, new COSString("datos.fdf"));
            case "URI" -> action.setItem(COSName.URI, new COSString("https://www.gob.pe/inacal"));
            case "GoTo" -> {
                COSArray destination = direct(new COSArray());
                destination.add(page.getCOSObject());
                destination.add(COSName.getPDFName("Fit"));
                action.setItem(COSName.D, destination);
            }
            default -> { }
        }
        return action;
    }

    /** A dictionary of one entry that the writer puts inside whatever holds it. */
    private static COSDictionary inline(COSName key, COSBase value) {
        COSDictionary dictionary = direct(new COSDictionary());
        dictionary.setItem(key, value);
        return dictionary;
    }

    private static <T extends COSBase> T direct(T object) {
        object.setDirect(true);
        return object;
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
