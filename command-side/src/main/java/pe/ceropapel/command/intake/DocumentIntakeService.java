package pe.ceropapel.command.intake;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import pe.ceropapel.api.casefile.Applicant;
import pe.ceropapel.api.casefile.CaseOrigin;
import pe.ceropapel.api.casefile.FileDocumentCommand;
import pe.ceropapel.api.casefile.FiledDocument;
import pe.ceropapel.api.document.AddAttachmentCommand;
import pe.ceropapel.api.document.Attachment;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.api.document.ReplaceContentCommand;
import pe.ceropapel.api.document.ResubmitDocumentCommand;
import pe.ceropapel.signature.pdf.PdfRejectedException;

/** {@link DocumentIntake} on {@link ContentUploads}: each file checked and stored, then one command. */
@Service
class DocumentIntakeService implements DocumentIntake {

    private final ContentUploads uploads;
    private final CommandGateway commands;
    private final Identifiers identifiers;
    private final IntakeSettings settings;

    DocumentIntakeService(ContentUploads uploads, CommandGateway commands, Identifiers identifiers,
                          IntakeSettings settings) {
        this.uploads = uploads;
        this.commands = commands;
        this.identifiers = identifiers;
        this.settings = settings;
    }

    @Override
    public FiledDocument register(NewDocument document, String author, IncomingFile pdf)
            throws IOException, PdfRejectedException {
        String documentId = identifiers.newId();
        return uploads.storePdfThen(pdf, content -> file(documentId, document, author, content));
    }

    @Override
    public FiledDocument register(NewDocument document, String author, KeptPdf pdf) {
        return file(identifiers.newId(), document, author, pdf.ref());
    }

    private FiledDocument file(String documentId, NewDocument document, String author, ContentRef content) {
        return commands.sendAndWait(new FileDocumentCommand(documentId, document.type(), document.subject(),
                document.office(), author, content, document.caseFileId(), CaseOrigin.INTERNAL, null,
                document.confidential(), List.of()));
    }

    @Override
    public FiledDocument registerRequest(String subject, Applicant applicant, KeptPdf pdf, List<KeptAnnex> annexes) {
        String documentId = identifiers.newId();
        List<Attachment> attachments = annexes.stream().map(annex -> new Attachment(identifiers.newId(),
                annex.fileName(), annex.mediaType(), annex.objectKey(), annex.sha256(), annex.size())).toList();
        return commands.sendAndWait(new FileDocumentCommand(documentId, DocumentType.SOLICITUD, subject,
                settings.office(), INTAKE_AUTHOR, pdf.ref(), null, CaseOrigin.CITIZEN, applicant, false, attachments));
    }

    @Override
    public KeptPdf keepPdf(IncomingFile pdf) throws IOException, PdfRejectedException {
        return uploads.storePdfThen(pdf, ref -> new KeptPdf(pdf.name(), ref.objectKey(), ref.sha256(), ref.size(),
                ref.pages()));
    }

    @Override
    public List<KeptAnnex> keepAnnexes(List<IncomingFile> annexes) throws IOException, AnnexRefusedException {
        List<KeptAnnex> kept = new ArrayList<>();
        for (IncomingFile annex : annexes) {
            kept.add(uploads.storeAnnexThen(annex, (checked, object) -> new KeptAnnex(checked.name(),
                    checked.mediaType(), object.objectKey(), object.sha256(), object.size())));
        }
        return List.copyOf(kept);
    }

    @Override
    public void replaceContent(String documentId, String by, IncomingFile pdf) throws IOException, PdfRejectedException {
        uploads.storePdfThen(pdf, content -> commands.sendAndWait(new ReplaceContentCommand(documentId, by, content)));
    }

    @Override
    public void resubmit(String documentId, String by, IncomingFile pdf) throws IOException, PdfRejectedException {
        uploads.storePdfThen(pdf, content -> commands.sendAndWait(new ResubmitDocumentCommand(documentId, by, content)));
    }

    @Override
    public String addAttachment(String documentId, String by, IncomingFile annex)
            throws IOException, AnnexRefusedException {
        String attachmentId = identifiers.newId();
        uploads.storeAnnexThen(annex, (checked, stored) -> commands.sendAndWait(new AddAttachmentCommand(documentId,
                by, new Attachment(attachmentId, checked.name(), checked.mediaType(), stored.objectKey(),
                stored.sha256(), stored.size()))));
        return attachmentId;
    }
}
