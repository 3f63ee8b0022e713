package pe.ceropapel.signature.pdf;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Decides by parsing, never by name or declared type, whether a file is a complete, readable,
 * unencrypted PDF within the limits of what the system processes. Parsing buffers in temporary
 * files, not on the heap.
 */
public final class PdfInspector {

    /** The most pages a document may have: ten thick volumes of a case file. */
    public static final int MAX_PAGES = 5000;

    /** The PDF header may be preceded by up to this many bytes of garbage (ISO 32000-1, 7.5.2). */
    private static final int HEADER_WINDOW = 1024;
    /** A complete file ends with %%EOF within its last bytes. */
    private static final int TRAILER_WINDOW = 1024;

    /**
     * A PDF to be filed as a document: readable as {@link #inspect}, and with no active content, which
     * an official record must not carry and whose behaviour a reader cannot see: JavaScript, actions
     * that launch programs, embedded files.
     */
    public PdfFacts inspectForFiling(Path file) throws PdfRejectedException {
        return inspect(file, PdfInspector::refuseActiveContent);
    }

    public PdfFacts inspect(Path file) throws PdfRejectedException {
        return inspect(file, document -> { });
    }

    /** One parse of the file for every check, {@code further} last, once the streams are known to be safe to decode. */
    private PdfFacts inspect(Path file, FurtherCheck further) throws PdfRejectedException {
        checkFrame(file);
        checkCompressedBodies(file);
        try (PDDocument document = Loader.loadPDF(file.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
            if (document.isEncrypted()) {
                throw new PdfRejectedException(PdfRejectedException.Reason.ENCRYPTED, "the PDF is encrypted");
            }
            Optional<String> excess = DecodedStreams.findExcess(document.getDocument());
            if (excess.isPresent()) {
                throw new PdfRejectedException(PdfRejectedException.Reason.OVER_LIMITS, "the PDF's " + excess.get());
            }
            int pages = document.getNumberOfPages();
            if (pages < 1) {
                throw new PdfRejectedException(PdfRejectedException.Reason.DAMAGED, "the PDF has no pages");
            }
            if (pages > MAX_PAGES) {
                throw new PdfRejectedException(PdfRejectedException.Reason.OVER_LIMITS,
                        "the PDF has " + pages + " pages, more than " + MAX_PAGES);
            }
            further.check(document);
            return new PdfFacts(pages);
        } catch (InvalidPasswordException e) {
            throw new PdfRejectedException(PdfRejectedException.Reason.ENCRYPTED, "the PDF needs a password");
        } catch (IOException e) {
            throw new PdfRejectedException(PdfRejectedException.Reason.DAMAGED, "the PDF cannot be parsed: " + e.getMessage());
        }
    }

    private static void refuseActiveContent(PDDocument document) throws PdfRejectedException, IOException {
        try {
            ActiveContent.find(document.getDocument()).ifPresent(found -> {
                throw new ActiveContentFound(found);
            });
        } catch (ActiveContentFound e) {
            throw new PdfRejectedException(PdfRejectedException.Reason.ACTIVE_CONTENT, "the PDF carries " + e.getMessage());
        }
    }

    /** A check made on the parsed document after the common ones. */
    @FunctionalInterface
    private interface FurtherCheck {
        void check(PDDocument document) throws PdfRejectedException, IOException;
    }

    /** Carries what was found out of the scan. */
    private static final class ActiveContentFound extends RuntimeException {
        ActiveContentFound(String what) {
            super(what, null, false, false);
        }
    }

    private static void checkFrame(Path file) throws PdfRejectedException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            if (length == 0) {
                throw new PdfRejectedException(PdfRejectedException.Reason.EMPTY, "the file is empty");
            }
            if (!read(raf, 0, HEADER_WINDOW).contains("%PDF-")) {
                throw new PdfRejectedException(PdfRejectedException.Reason.NOT_PDF, "the file is not a PDF");
            }
            if (!read(raf, Math.max(0, length - TRAILER_WINDOW), TRAILER_WINDOW).contains("%%EOF")) {
                throw new PdfRejectedException(PdfRejectedException.Reason.DAMAGED, "the PDF is truncated");
            }
        } catch (IOException e) {
            throw new PdfRejectedException(PdfRejectedException.Reason.DAMAGED, "the file cannot be read: " + e.getMessage());
        }
    }

    /** Before PDFBox opens the file, which inflates its cross-reference and object streams on the heap. */
    private static void checkCompressedBodies(Path file) throws PdfRejectedException {
        Optional<String> excess;
        try {
            excess = CompressedBodies.findExcess(file);
        } catch (IOException e) {
            throw new PdfRejectedException(PdfRejectedException.Reason.DAMAGED, "the file cannot be read: " + e.getMessage());
        }
        if (excess.isPresent()) {
            throw new PdfRejectedException(PdfRejectedException.Reason.OVER_LIMITS, "the PDF's " + excess.get());
        }
    }

    private static String read(RandomAccessFile raf, long offset, int max) throws IOException {
        byte[] buffer = new byte[(int) Math.min(max, raf.length() - offset)];
        raf.seek(offset);
        raf.readFully(buffer);
        return new String(buffer, StandardCharsets.ISO_8859_1);
    }
}
