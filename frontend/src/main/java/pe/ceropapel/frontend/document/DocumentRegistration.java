package pe.ceropapel.frontend.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import pe.ceropapel.api.document.RegisterDocumentCommand;
import pe.ceropapel.signature.pdf.PdfRejectedException;

/**
 * Registers an uploaded PDF as a new document: checks it by parsing, stores it under its digest,
 * then sends the command. When anything fails, nothing is left behind: no event, and no object
 * that this registration created.
 */
@Service
public class DocumentRegistration {

    private final ContentUploads uploads;
    private final CommandGateway commandGateway;

    DocumentRegistration(ContentUploads uploads, CommandGateway commandGateway) {
        this.uploads = uploads;
        this.commandGateway = commandGateway;
    }

    /**
     * @return the new document's id
     * @throws PdfRejectedException when the content is not an acceptable PDF
     */
    public String register(DocumentMetadata metadata, String author, InputStream content)
            throws IOException, PdfRejectedException {
        String documentId = UUID.randomUUID().toString();
        return uploads.storePdfThen(content, ref -> {
            commandGateway.sendAndWait(new RegisterDocumentCommand(documentId, metadata.type(), metadata.subject(),
                    metadata.office(), author, ref));
            return documentId;
        });
    }
}
