package pe.ceropapel.frontend.document;

import pe.ceropapel.frontend.idempotency.IdempotentRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
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
 * under its digest, then sends the command. A refused file is never stored; when the command is
 * refused there is no event, and the stored bytes wait for the collector of unreferenced objects.
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

    /** A request from outside with its annexes: every file is checked and stored first, then the request is filed. */
    public FiledDocument registerRequest(DocumentMetadata metadata, String author, Applicant applicant,
                                         MultipartFile content, List<MultipartFile> annexes)
            throws IOException, PdfRejectedException, AnnexRefusedException {
        return registerRequest(metadata, author, applicant, keepPdf(content), keepAnnexes(annexes));
    }

    /** A request from outside whose files were kept while its form was corrected. */
    public FiledDocument registerRequest(DocumentMetadata metadata, String author, Applicant applicant,
                                         KeptPdf content, List<KeptAnnex> annexes) {
        String documentId = IdempotentRequest.newId();
        List<Attachment> attachments = annexes.stream().map(annex -> new Attachment(IdempotentRequest.newId(),
                annex.fileName(), annex.mediaType(), annex.objectKey(), annex.sha256(), annex.size())).toList();
        return fileRequest(documentId, metadata, author, applicant, content.ref(), attachments);
    }

    /**
     * Checks and stores a PDF before the rest of its form is right, so that its sender need not choose
     * it again. An object no request ever refers to is removed by the collector of unreferenced objects.
     */
    public KeptPdf keepPdf(MultipartFile content) throws IOException, PdfRejectedException {
        return uploads.storePdfThen(content, ref -> new KeptPdf(content.getOriginalFilename(), ref.objectKey(),
                ref.sha256(), ref.size(), ref.pages()));
    }

    /** As {@link #keepPdf(MultipartFile)}, for annexes, each checked by the entity's annex policy. */
    public List<KeptAnnex> keepAnnexes(List<MultipartFile> annexes) throws IOException, AnnexRefusedException {
        List<KeptAnnex> kept = new ArrayList<>();
        for (MultipartFile annex : annexes) {
            kept.add(uploads.storeAnnexThen(annex, (checked, object) -> new KeptAnnex(checked.name(),
                    checked.mediaType(), object.objectKey(), object.sha256(), object.size())));
        }
        return List.copyOf(kept);
    }

    /** A PDF checked and stored, as its sender named it; kept in a page session while the form is corrected. */
    public record KeptPdf(String fileName, String objectKey, String sha256, long size, int pages)
            implements Serializable {

        ContentRef ref() {
            return new ContentRef(objectKey, sha256, size, pages);
        }
    }

    /** An annex checked and stored, with the name and media type its check gave it. */
    public record KeptAnnex(String fileName, String mediaType, String objectKey, String sha256, long size)
            implements Serializable {
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
}
