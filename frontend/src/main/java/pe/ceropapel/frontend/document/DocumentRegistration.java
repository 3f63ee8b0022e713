package pe.ceropapel.frontend.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.RegisterDocumentCommand;
import pe.ceropapel.signature.pdf.PdfFacts;
import pe.ceropapel.signature.pdf.PdfInspector;
import pe.ceropapel.signature.pdf.PdfRejectedException;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.StoredObject;

/**
 * Registers an uploaded PDF as a new document: checks it by parsing, stores it under its digest,
 * then sends the command. When anything fails, nothing is left behind: no event, and no object
 * that this registration created.
 */
@Service
public class DocumentRegistration {

    private static final Logger log = LoggerFactory.getLogger(DocumentRegistration.class);

    private final PdfInspector inspector = new PdfInspector();
    private final ObjectStorage storage;
    private final CommandGateway commandGateway;

    public DocumentRegistration(ObjectStorage storage, CommandGateway commandGateway) {
        this.storage = storage;
        this.commandGateway = commandGateway;
    }

    /**
     * @return the new document's id
     * @throws PdfRejectedException when the content is not an acceptable PDF
     */
    public String register(DocumentMetadata metadata, String author, InputStream content)
            throws IOException, PdfRejectedException {
        try (SpooledUpload upload = SpooledUpload.of(content)) {
            PdfFacts facts = inspector.inspect(upload.file());
            StoredObject stored;
            try (InputStream bytes = upload.open()) {
                stored = storage.put(bytes, upload.size(), upload.sha256(), "application/pdf");
            }
            String documentId = UUID.randomUUID().toString();
            ContentRef ref = new ContentRef(stored.objectKey(), stored.sha256(), stored.size(), facts.pages());
            try {
                commandGateway.sendAndWait(new RegisterDocumentCommand(documentId, metadata.type(),
                        metadata.subject(), metadata.office(), author, ref));
            } catch (RuntimeException e) {
                undo(stored);
                throw e;
            }
            return documentId;
        }
    }

    private void undo(StoredObject stored) {
        if (!stored.created()) {
            return;
        }
        try {
            storage.delete(stored.objectKey());
        } catch (RuntimeException e) {
            log.error("Could not remove {} after a refused registration; it is referenced by no event",
                    stored.objectKey(), e);
        }
    }
}
