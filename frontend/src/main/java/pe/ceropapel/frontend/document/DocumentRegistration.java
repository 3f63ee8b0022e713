package pe.ceropapel.frontend.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import pe.ceropapel.api.casefile.Applicant;
import pe.ceropapel.api.casefile.CaseOrigin;
import pe.ceropapel.api.casefile.FileDocumentCommand;
import pe.ceropapel.api.casefile.FiledDocument;
import pe.ceropapel.signature.pdf.PdfRejectedException;

/**
 * Registers an uploaded PDF as a new document filed in a case file: checks it by parsing, stores it
 * under its digest, then sends the command. When anything fails, nothing is left behind: no event,
 * and no object that this registration created.
 */
@Service
public class DocumentRegistration {

    /** The author recorded for requests that arrive through the mesa de partes virtual. */
    public static final String INTAKE_AUTHOR = "mesa-de-partes-virtual";

    private final ContentUploads uploads;
    private final CommandGateway commandGateway;

    DocumentRegistration(ContentUploads uploads, CommandGateway commandGateway) {
        this.uploads = uploads;
        this.commandGateway = commandGateway;
    }

    /**
     * A document of an office, filed in the named case file or opening one of its own.
     *
     * @throws PdfRejectedException when the content is not an acceptable PDF
     */
    public FiledDocument register(DocumentMetadata metadata, String author, InputStream content)
            throws IOException, PdfRejectedException {
        return file(metadata, author, content, CaseOrigin.INTERNAL, null);
    }

    /** A request from outside the entity, opening a case file for its applicant. */
    public FiledDocument registerRequest(DocumentMetadata metadata, String author, Applicant applicant, InputStream content)
            throws IOException, PdfRejectedException {
        return file(metadata, author, content, CaseOrigin.CITIZEN, applicant);
    }

    private FiledDocument file(DocumentMetadata metadata, String author, InputStream content, CaseOrigin origin,
                               Applicant applicant) throws IOException, PdfRejectedException {
        String documentId = UUID.randomUUID().toString();
        return uploads.storePdfThen(content, ref -> commandGateway.sendAndWait(new FileDocumentCommand(documentId,
                metadata.type(), metadata.subject(), metadata.office(), author, ref, metadata.caseFileId(), origin,
                applicant, metadata.confidential())));
    }
}
