package pe.ceropapel.command.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import pe.ceropapel.api.casefile.AddDocumentToCaseFileCommand;
import pe.ceropapel.api.casefile.Applicant;
import pe.ceropapel.api.casefile.CaseOrigin;
import pe.ceropapel.api.casefile.FileDocumentCommand;
import pe.ceropapel.api.casefile.FiledDocument;
import pe.ceropapel.api.casefile.IdentityDocumentType;
import pe.ceropapel.api.casefile.OpenCaseFileCommand;
import pe.ceropapel.api.casefile.RecordReceiptCommand;
import pe.ceropapel.api.casefile.TrackingCode;
import pe.ceropapel.api.document.AcceptExternalDocumentCommand;
import pe.ceropapel.api.document.AddAttachmentCommand;
import pe.ceropapel.api.document.Attachment;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.api.document.RegisterDocumentCommand;
import pe.ceropapel.api.numbering.TakeNextNumberCommand;
import pe.ceropapel.api.rules.InvalidValueException;
import pe.ceropapel.command.RecordingGateway;
import pe.ceropapel.command.directory.StubDirectory;

/** The filing workflow alone: which commands it sends, in which order, with what, on a recording bus. */
class DocumentFilingTests {

    private static final Instant NOW = Instant.parse("2026-12-05T15:00:00Z");
    private static final ContentRef PDF = new ContentRef("sha256/" + "a".repeat(64), "a".repeat(64), 824, 1);
    private static final ContentRef RECEIPT = new ContentRef("sha256/" + "b".repeat(64), "b".repeat(64), 900, 1);
    private static final Applicant ROSA = new Applicant(IdentityDocumentType.DNI, "40000001", "Rosa Díaz",
            "rosa.diaz@gmail.com");

    private final RecordingGateway commands = new RecordingGateway()
            .answering(TakeNextNumberCommand.class, command -> 123L);
    private final StubDirectory directory = new StubDirectory().withOffice("INACAL/DM")
            .withPerson("mquispe", "20000002", "INACAL/DM").withFormerPerson("lrojas", "INACAL/DM");
    private final CitizenReceipts receipts = mock(CitizenReceipts.class);
    private final DocumentFiling filing = new DocumentFiling(commands.gateway(), directory,
            Clock.fixed(NOW, ZoneId.of("America/Lima")), receipts);

    @Test
    void shouldRegisterAnInternalDocumentAndOpenItsCaseFileWithTheYearsNextTrackingCode() {
        FiledDocument filed = filing.handle(internal("doc-1", "mquispe", null));

        assertThat(commands.sentTypes()).containsExactly(RegisterDocumentCommand.class, TakeNextNumberCommand.class,
                OpenCaseFileCommand.class);
        TakeNextNumberCommand number = (TakeNextNumberCommand) commands.sent().get(1);
        assertThat(number.seriesId()).isEqualTo(TakeNextNumberCommand.caseFileSeries(2026));
        OpenCaseFileCommand opened = (OpenCaseFileCommand) commands.sent().get(2);
        assertThat(opened.caseFileId()).isEqualTo(number.holderId()).isEqualTo(filed.caseFileId());
        assertThat(opened.trackingCode()).isEqualTo(filed.trackingCode()).isEqualTo(TrackingCode.of(2026, 123));
        assertThat(opened.accessKeySha256()).isEqualTo(AccessKeys.sha256(filed.accessKey()));
        assertThat(filed.documentId()).isEqualTo("doc-1");
    }

    @Test
    void shouldAddADocumentToAnExistingCaseFileWithoutNumberingAnything() {
        FiledDocument filed = filing.handle(internal("doc-2", "mquispe", "case-7"));

        assertThat(commands.sent()).containsExactly(
                new RegisterDocumentCommand("doc-2", DocumentType.INFORME, "Informe", "INACAL/DM", "mquispe", PDF, false),
                new AddDocumentToCaseFileCommand("case-7", "doc-2", "mquispe", "INACAL/DM"));
        assertThat(filed.caseFileId()).isEqualTo("case-7");
        assertThat(filed.trackingCode()).isNull();
    }

    @Test
    void shouldFileACitizensRequestWithItsAnnexesAcceptedAndGiveItASealedReceipt() {
        Attachment annex = new Attachment("att-1", "plano.jpg", "image/jpeg", "sha256/" + "c".repeat(64),
                "c".repeat(64), 2048);
        when(receipts.issue(eq(TrackingCode.of(2026, 123)), eq(ROSA), eq("Solicitud de calibración"), eq(PDF), any()))
                .thenReturn(RECEIPT);

        FiledDocument filed = filing.handle(new FileDocumentCommand("doc-3", DocumentType.SOLICITUD,
                " Solicitud de calibración ", "INACAL/GG", "mesa-de-partes", PDF, null, CaseOrigin.CITIZEN, ROSA,
                false, List.of(annex)));

        assertThat(commands.sentTypes()).containsExactly(RegisterDocumentCommand.class, AddAttachmentCommand.class,
                AcceptExternalDocumentCommand.class, TakeNextNumberCommand.class, OpenCaseFileCommand.class,
                RecordReceiptCommand.class);
        assertThat(commands.sent().get(1)).isEqualTo(new AddAttachmentCommand("doc-3", "mesa-de-partes", annex));
        assertThat(((OpenCaseFileCommand) commands.sent().get(4)).applicant()).isEqualTo(ROSA);
        assertThat(commands.sent().get(5)).isEqualTo(new RecordReceiptCommand(filed.caseFileId(), RECEIPT));
        assertThat(filed.receipt()).isEqualTo(RECEIPT);
    }

    @Test
    void shouldSendNothingForSomeoneWhoNoLongerWorksInTheOffice() {
        assertThatThrownBy(() -> filing.handle(internal("doc-4", "lrojas", null)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> filing.handle(new FileDocumentCommand("doc-5", DocumentType.INFORME, "Informe",
                "INACAL/GG", "mquispe", PDF, null, CaseOrigin.INTERNAL, null, false, List.of())))
                .as("another office").isInstanceOf(InvalidValueException.class);

        assertThat(commands.sent()).isEmpty();
    }

    private static FileDocumentCommand internal(String documentId, String author, String caseFileId) {
        return new FileDocumentCommand(documentId, DocumentType.INFORME, "Informe", "INACAL/DM", author, PDF,
                caseFileId, CaseOrigin.INTERNAL, null, false, List.of());
    }
}
