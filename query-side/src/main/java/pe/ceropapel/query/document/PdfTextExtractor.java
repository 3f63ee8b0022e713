package pe.ceropapel.query.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Extracts a PDF's text for indexing, bounded in memory (temporary-file buffers), pages, characters
 * and time. A PDF whose text cannot be extracted yields nothing; it never blocks the projection.
 * Stored PDFs are immutable and named by their digest, so the texts of the last few are kept by
 * name: events that refer to the same content (a replay, copies of one file) read it once.
 */
@Component
public class PdfTextExtractor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PdfTextExtractor.class);

    /** Bounded: a PDF that ignores the timeout keeps at most one of these threads busy. */
    private static final int WORKERS = 2;

    private final ExecutorService worker = Executors.newFixedThreadPool(WORKERS, r -> {
        Thread thread = new Thread(r, "pdf-text");
        thread.setDaemon(true);
        return thread;
    });
    private final RecentTexts recent = new RecentTexts();
    private final IndexingLimits limits;

    PdfTextExtractor(IndexingLimits limits) {
        this.limits = limits;
    }

    /**
     * @param pdf the PDF's bytes; read to the end so that a storage integrity failure surfaces here
     * @return the text, or empty when the PDF's text cannot be extracted
     * @throws IOException when the bytes cannot be read (storage failure): the caller retries later
     */
    Optional<String> extract(String objectKey, PdfSource source) throws IOException {
        Optional<String> known = recent.get(objectKey);
        if (known != null) {
            return known;
        }
        try (InputStream pdf = source.open()) {
            Optional<String> text = extract(pdf, objectKey);
            recent.put(objectKey, text);
            return text;
        }
    }

    /** Opens the bytes of a stored PDF. */
    @FunctionalInterface
    interface PdfSource {
        InputStream open() throws IOException;
    }

    private Optional<String> extract(InputStream pdf, String name) throws IOException {
        Path copy = Files.createTempFile("ceropapel-text-", ".pdf");
        try {
            Files.copy(pdf, copy, StandardCopyOption.REPLACE_EXISTING);
            Future<String> text = worker.submit(() -> strip(copy));
            try {
                return Optional.of(text.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                text.cancel(true);
                log.warn("Text extraction of {} took longer than {}; indexing it without text", name, limits.timeout());
            } catch (ExecutionException e) {
                log.warn("Text of {} cannot be extracted ({}); indexing it without text", name, e.getCause().toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while extracting the text of " + name, e);
            }
            return Optional.empty();
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private String strip(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(Math.min(document.getNumberOfPages(), limits.maxPages()));
            String text = stripper.getText(document);
            return text.length() > limits.maxChars() ? text.substring(0, limits.maxChars()) : text;
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
