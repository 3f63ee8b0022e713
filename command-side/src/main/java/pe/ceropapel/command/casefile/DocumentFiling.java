package pe.ceropapel.command.casefile;

import static pe.ceropapel.command.Rules.require;

import java.time.Clock;
import java.time.Year;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.casefile.AddDocumentToCaseFileCommand;
import pe.ceropapel.api.casefile.CaseOrigin;
import pe.ceropapel.api.casefile.FileDocumentCommand;
import pe.ceropapel.api.casefile.FiledDocument;
import pe.ceropapel.api.casefile.OpenCaseFileCommand;
import pe.ceropapel.api.casefile.RecordReceiptCommand;
import pe.ceropapel.api.document.AddAttachmentCommand;
import pe.ceropapel.api.document.Attachment;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.casefile.TrackingCode;
import pe.ceropapel.api.document.AcceptExternalDocumentCommand;
import pe.ceropapel.api.document.RegisterDocumentCommand;
import pe.ceropapel.api.numbering.TakeNextNumberCommand;
import pe.ceropapel.command.directory.Directory;

/**
 * Registers a document together with its case file: every document belongs to exactly one, and a
 * person registers documents only for the office they work in; a
 * first document opens it with a fresh tracking code and access key. A document from outside the
 * entity is accepted as received (issued), ready for the mesa de partes to derive. The steps run in this
 * command's unit of work, so the document, the case file and the tracking number are stored
 * together or not at all.
 */
@Component
class DocumentFiling {

    private final CommandGateway commands;
    private final Directory directory;
    private final Clock clock;
    private final CitizenReceipts receipts;

    DocumentFiling(CommandGateway commands, Directory directory, Clock clock, CitizenReceipts receipts) {
        this.receipts = receipts;
        this.commands = commands;
        this.directory = directory;
        this.clock = clock;
    }

    @CommandHandler
    FiledDocument handle(FileDocumentCommand command) {
        if (command.origin() == CaseOrigin.INTERNAL) {
            require(directory.person(command.author())
                            .filter(person -> person.active() && person.officeCode().equals(command.officeCode()))
                            .isPresent(),
                    "%s cannot register documents for %s", command.author(), command.officeCode());
        }
        commands.sendAndWait(new RegisterDocumentCommand(command.documentId(), command.type(), command.subject(),
                command.officeCode(), command.author(), command.content(), command.confidential()));
        for (Attachment attachment : command.attachments()) {
            commands.sendAndWait(new AddAttachmentCommand(command.documentId(), command.author(), attachment));
        }
        if (command.origin() != CaseOrigin.INTERNAL) {
            commands.sendAndWait(new AcceptExternalDocumentCommand(command.documentId()));
        }
        if (command.caseFileId() != null) {
            commands.sendAndWait(new AddDocumentToCaseFileCommand(command.caseFileId(), command.documentId(),
                    command.author(), command.officeCode()));
            return new FiledDocument(command.documentId(), command.caseFileId(), null, null);
        }
        String caseFileId = UUID.randomUUID().toString();
        int year = Year.now(clock).getValue();
        long correlative = commands.sendAndWait(
                new TakeNextNumberCommand(TakeNextNumberCommand.caseFileSeries(year), caseFileId));
        String trackingCode = TrackingCode.of(year, correlative);
        String accessKey = AccessKeys.generate();
        commands.sendAndWait(new OpenCaseFileCommand(caseFileId, trackingCode, AccessKeys.sha256(accessKey),
                command.subject(), command.origin(), command.applicant(), command.officeCode(), command.documentId()));
        if (command.origin() == CaseOrigin.INTERNAL) {
            return new FiledDocument(command.documentId(), caseFileId, trackingCode, accessKey);
        }
        ContentRef receipt = receipts.issue(trackingCode, command.applicant(), command.subject().strip(),
                command.content(), clock.instant());
        commands.sendAndWait(new RecordReceiptCommand(caseFileId, receipt));
        return new FiledDocument(command.documentId(), caseFileId, trackingCode, accessKey, receipt);
    }
}
