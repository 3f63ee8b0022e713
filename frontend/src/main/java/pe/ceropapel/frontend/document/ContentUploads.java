package pe.ceropapel.frontend.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.signature.pdf.PdfFacts;
import pe.ceropapel.signature.pdf.PdfInspector;
import pe.ceropapel.signature.pdf.PdfRejectedException;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.StoredObject;

/**
 * Stores an upload under its digest, then runs the command that references it. When the command is
 * refused, the object that this upload created is removed again, so nothing is left behind.
 */
@Service
public class ContentUploads {

    private static final Logger log = LoggerFactory.getLogger(ContentUploads.class);

    private final PdfInspector inspector = new PdfInspector();
    private final ObjectStorage storage;

    ContentUploads(ObjectStorage storage) {
        this.storage = storage;
    }

    /** For a PDF, checked by parsing before anything is stored. */
    public <T> T storePdfThen(InputStream content, Function<ContentRef, T> command) throws IOException, PdfRejectedException {
        try (SpooledUpload upload = SpooledUpload.of(content)) {
            PdfFacts facts = inspector.inspectForFiling(upload.file());
            StoredObject stored = store(upload, "application/pdf");
            return runOrUndo(stored, () -> command.apply(
                    new ContentRef(stored.objectKey(), stored.sha256(), stored.size(), facts.pages())));
        }
    }

    /** For an annex of any type; an empty file is refused. */
    <T> T storeFileThen(InputStream content, String mediaType, Function<StoredObject, T> command)
            throws IOException, PdfRejectedException {
        try (SpooledUpload upload = SpooledUpload.of(content)) {
            if (upload.size() == 0) {
                throw new PdfRejectedException(PdfRejectedException.Reason.EMPTY, "the file is empty");
            }
            StoredObject stored = store(upload, mediaType);
            return runOrUndo(stored, () -> command.apply(stored));
        }
    }

    private StoredObject store(SpooledUpload upload, String mediaType) throws IOException {
        try (InputStream bytes = upload.open()) {
            return storage.put(bytes, upload.size(), upload.sha256(), mediaType);
        }
    }

    private <T> T runOrUndo(StoredObject stored, Supplier<T> command) {
        try {
            return command.get();
        } catch (RuntimeException e) {
            undo(stored);
            throw e;
        }
    }

    private void undo(StoredObject stored) {
        if (!stored.created()) {
            return;
        }
        try {
            storage.delete(stored.objectKey());
        } catch (RuntimeException e) {
            log.error("Could not remove {} after a refused command; it is referenced by no event", stored.objectKey(), e);
        }
    }
}
