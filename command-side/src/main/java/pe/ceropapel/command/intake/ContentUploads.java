package pe.ceropapel.command.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.signature.pdf.PdfFacts;
import pe.ceropapel.signature.pdf.PdfInspector;
import pe.ceropapel.signature.pdf.PdfRejectedException;
import pe.ceropapel.storage.LastByteCheckingInputStream;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.StoredObject;

/**
 * Stores an upload under its digest, then runs the command that references it. Nothing stored is
 * ever removed here, not even when the checks or the command refuse the upload: another request may
 * have stored the same bytes at the same moment and refer to them. An object that no event refers to
 * is removed later by the collector of unreferenced objects, once its grace period is over.
 */
@Service
class ContentUploads implements DisposableBean {

    private final PdfInspector inspector = new PdfInspector();
    private final ObjectStorage storage;
    private final PdfInspections inspections = new PdfInspections();
    private final AnnexPolicy annexes;

    ContentUploads(ObjectStorage storage, AnnexPolicy annexes) {
        this.storage = storage;
        this.annexes = annexes;
    }

    /**
     * For a PDF, checked by parsing while it is stored: a PDF that the checks refuse is refused
     * before any command runs; when both fail, the refusal is what the caller hears, as the sender
     * can act on it.
     */
    <T> T storePdfThen(IncomingFile content, Function<ContentRef, T> command) throws IOException, PdfRejectedException {
        StoredPdf stored;
        try (SpooledUpload upload = SpooledUpload.of(content)) {
            stored = storePdf(upload);
        }
        return command.apply(stored.ref());
    }

    /**
     * Checks and stores the spooled PDF, the checks beside the transfer: the transfer's last byte waits
     * for them, so a refused PDF is never stored. The caller removes the temporary file before the
     * command runs: its commit then never waits for the file system to write out a file about to be deleted.
     */
    private StoredPdf storePdf(SpooledUpload upload) throws IOException, PdfRejectedException {
        Future<PdfFacts> inspection = inspections.start(() -> inspector.inspectForFiling(upload.file()));
        StoredObject stored;
        try (LastByteCheckingInputStream bytes = new LastByteCheckingInputStream(upload.open(), upload.size()) {
            @Override
            protected void check() throws IOException {
                PdfInspections.awaitPassed(inspection);
            }
        }) {
            bytes.checkIfEmpty();
            stored = storage.put(bytes, upload.size(), upload.sha256(), "application/pdf");
        } catch (IOException | RuntimeException storing) {
            PdfInspections.await(inspection);
            throw storing;
        }
        return new StoredPdf(stored, PdfInspections.await(inspection).pages());
    }

    /** A checked PDF in storage and its pages. */
    private record StoredPdf(StoredObject object, int pages) {

        ContentRef ref() {
            return new ContentRef(object.objectKey(), object.sha256(), object.size(), pages);
        }
    }

    /** Stops the inspection threads with the application. */
    @Override
    public void destroy() {
        inspections.close();
    }

    /** For an annex: checked by the entity's {@link AnnexPolicy}, then stored with the media type of its content. */
    <T> T storeAnnexThen(IncomingFile content, BiFunction<AnnexPolicy.CheckedAnnex, StoredObject, T> command)
            throws IOException, AnnexRefusedException {
        StoredObject stored;
        AnnexPolicy.CheckedAnnex annex;
        try (SpooledUpload upload = SpooledUpload.of(content)) {
            annex = annexes.check(upload.file(), upload.size(), content.name());
            stored = store(upload, annex.mediaType());
        }
        return command.apply(annex, stored);
    }

    private StoredObject store(SpooledUpload upload, String mediaType) throws IOException {
        try (InputStream bytes = upload.open()) {
            return storage.put(bytes, upload.size(), upload.sha256(), mediaType);
        }
    }
}
