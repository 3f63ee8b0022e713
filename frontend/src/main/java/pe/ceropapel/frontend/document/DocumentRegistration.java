package pe.ceropapel.frontend.document;

import pe.ceropapel.frontend.idempotency.IdempotentRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import pe.ceropapel.api.casefile.Applicant;
import pe.ceropapel.api.casefile.CaseOrigin;
import pe.ceropapel.api.casefile.FileDocumentCommand;
import pe.ceropapel.api.casefile.FiledDocument;
import pe.ceropapel.api.document.Attachment;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.interop.ExternalActors;
import pe.ceropapel.signature.pdf.PdfRejectedException;

/**
 * Registers an uploaded PDF as a new document filed in a case file: checks it by parsing, stores it
 * under its digest, then sends the command. When anything fails, nothing is left behind: no event,
 * and no object that this registration created.
 */
@Service
public class DocumentRegistration {

    /** The author recorded for requests that arrive through the mesa de partes virtual. */
    public static final String INTAKE_AUTHOR = ExternalActors.INTAKE;

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
        String documentId = IdempotentRequest.newId();
        return uploads.storePdfThen(content, ref -> file(documentId, metadata, author, ref));
    }

    /** As {@link #register(DocumentMetadata, String, InputStream)}, for a file of a multipart request. */
    public FiledDocument register(DocumentMetadata metadata, String author, MultipartFile content)
            throws IOException, PdfRejectedException {
        String documentId = IdempotentRequest.newId();
        return uploads.storePdfThen(content, ref -> file(documentId, metadata, author, ref));
    }

    /** A request from outside the entity, opening a case file for its applicant. */
    public FiledDocument registerRequest(DocumentMetadata metadata, String author, Applicant applicant, InputStream content)
            throws IOException, PdfRejectedException {
        String documentId = IdempotentRequest.newId();
        return uploads.storePdfThen(content, ref -> fileRequest(documentId, metadata, author, applicant, ref, List.of()));
    }

    /**
     * A request from outside with its annexes: every file is stored first, and if anything is
     * refused, the objects this request stored are removed again.
     */
    public FiledDocument registerRequest(DocumentMetadata metadata, String author, Applicant applicant,
                                         MultipartFile content, List<MultipartFile> annexes)
            throws IOException, PdfRejectedException, AnnexRefusedException {
        String documentId = IdempotentRequest.newId();
        try {
            return uploads.storePdfThen(content, ref -> withAnnexes(annexes, 0, new ArrayList<>(),
                    attachments -> fileRequest(documentId, metadata, author, applicant, ref, attachments)));
        } catch (RejectedAnnexException e) {
            throw e.rejection;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private FiledDocument file(String documentId, DocumentMetadata metadata, String author, ContentRef ref) {
        return commandGateway.sendAndWait(new FileDocumentCommand(documentId, metadata.type(), metadata.subject(),
                metadata.office(), author, ref, metadata.caseFileId(), CaseOrigin.INTERNAL, null,
                metadata.confidential(), List.of()));
    }

    private FiledDocument fileRequest(String documentId, DocumentMetadata metadata, String author, Applicant applicant,
                                      ContentRef ref, List<Attachment> attachments) {
        return commandGateway.sendAndWait(new FileDocumentCommand(documentId, metadata.type(), metadata.subject(),
                metadata.office(), author, ref, null, CaseOrigin.CITIZEN, applicant, metadata.confidential(),
                attachments));
    }

    /** Carries a refused annex out of the storing chain, whose steps cannot throw checked exceptions. */
    private static final class RejectedAnnexException extends RuntimeException {

        private final transient AnnexRefusedException rejection;

        RejectedAnnexException(AnnexRefusedException rejection) {
            super(rejection);
            this.rejection = rejection;
        }
    }

    /** Stores annexes {@code next} onwards, then runs {@code command}. */
    private FiledDocument withAnnexes(List<MultipartFile> annexes, int next, List<Attachment> stored,
                                      Function<List<Attachment>, FiledDocument> command) {
        if (next == annexes.size()) {
            return command.apply(stored);
        }
        try {
            return uploads.storeAnnexThen(annexes.get(next), (annex, object) -> {
                List<Attachment> withThis = new ArrayList<>(stored);
                withThis.add(new Attachment(IdempotentRequest.newId(), annex.name(), annex.mediaType(),
                        object.objectKey(), object.sha256(), object.size()));
                return withAnnexes(annexes, next + 1, withThis, command);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (AnnexRefusedException e) {
            throw new RejectedAnnexException(e);
        }
    }
}
