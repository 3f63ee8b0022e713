package pe.ceropapel.command.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pe.ceropapel.api.derivation.DerivationAction;
import pe.ceropapel.api.derivation.DocumentDerivedEvent;
import pe.ceropapel.api.derivation.RecipientKind;
import pe.ceropapel.api.directory.PersonRole;
import pe.ceropapel.api.document.AddAttachmentCommand;
import pe.ceropapel.api.document.AnnulDocumentCommand;
import pe.ceropapel.api.document.ArchiveDocumentCommand;
import pe.ceropapel.api.document.AssignNumberCommand;
import pe.ceropapel.api.document.SignaturesExtendedEvent;
import pe.ceropapel.api.document.RecordArchivalExtensionCommand;
import pe.ceropapel.api.document.FindRemoteSignatureSessionCommand;
import pe.ceropapel.api.document.ClientSignatureRecordedEvent;
import pe.ceropapel.api.document.ClientSignatureStartedEvent;
import pe.ceropapel.api.document.RecordClientSignatureCommand;
import pe.ceropapel.api.document.RecordClientSignatureStartCommand;
import pe.ceropapel.api.document.SignerCertificate;
import pe.ceropapel.api.document.RemoteSignatureStartedEvent;
import pe.ceropapel.api.document.RecordRemoteSignatureStartCommand;
import pe.ceropapel.api.document.VerificationCodeAssignedEvent;
import pe.ceropapel.api.document.AssignVerificationCodeCommand;
import pe.ceropapel.api.document.Attachment;
import pe.ceropapel.api.document.AttachmentAddedEvent;
import pe.ceropapel.api.document.AttachmentRemovedEvent;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.ContentReplacedEvent;
import pe.ceropapel.api.document.DiscardDraftCommand;
import pe.ceropapel.api.document.DocumentAnnulledEvent;
import pe.ceropapel.api.document.DocumentArchivedEvent;
import pe.ceropapel.api.document.DocumentIssuedEvent;
import pe.ceropapel.api.document.DocumentNumber;
import pe.ceropapel.api.document.DocumentNumberedEvent;
import pe.ceropapel.api.document.DocumentRegisteredEvent;
import pe.ceropapel.api.document.DocumentRejectedEvent;
import pe.ceropapel.api.document.DocumentResubmittedEvent;
import pe.ceropapel.api.document.DocumentSignedEvent;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.api.document.DraftDiscardedEvent;
import pe.ceropapel.api.document.DraftEditedEvent;
import pe.ceropapel.api.document.EditDraftCommand;
import pe.ceropapel.api.document.PlannedSigner;
import pe.ceropapel.api.document.PrepareSignatureCommand;
import pe.ceropapel.api.document.RecordSignatureCommand;
import pe.ceropapel.api.document.RegisterDocumentCommand;
import pe.ceropapel.api.document.RejectDocumentCommand;
import pe.ceropapel.api.document.RemoveAttachmentCommand;
import pe.ceropapel.api.document.ReplaceContentCommand;
import pe.ceropapel.api.document.ResubmitDocumentCommand;
import pe.ceropapel.api.document.SetSignaturePlanCommand;
import pe.ceropapel.api.document.SignaturePlanSetEvent;
import pe.ceropapel.api.document.SignatureRole;
import pe.ceropapel.api.document.SignatureTurn;
import pe.ceropapel.command.directory.StubDirectory;
import pe.ceropapel.api.access.NotVisibleException;
import pe.ceropapel.api.derivation.DerivationAction;
import pe.ceropapel.api.derivation.DerivationReceivedEvent;
import pe.ceropapel.api.derivation.DocumentDerivedEvent;
import pe.ceropapel.api.derivation.ReceiveDerivationCommand;
import pe.ceropapel.api.derivation.RecipientKind;

class DocumentTests {

    private static final String DOC = "doc-1";
    private static final String OFFICE = "INACAL/DM";
    private static final String SUBJECT = "Informe sobre certificados de calibración";
    /** Employee of INACAL/DM who writes the drafts. */
    private static final String AUTHOR = "mquispe";
    /** Head of INACAL/DM: the final signer. */
    private static final String HEAD = "jperez";
    /** Employee of INACAL/DM who gives the visto bueno. */
    private static final String REVIEWER = "cflores";
    /** Head of INACAL/DN. */
    private static final String OTHER_HEAD = "lrojas";
    /** Former head of INACAL/DM. */
    private static final String FORMER_HEAD = "exjefe";
    private static final String UNKNOWN = "nadie";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final ContentRef CONTENT = pdf(1);
    private static final String SHA = CONTENT.sha256();
    private static final DocumentNumber NUMBER = number(123);

    private AggregateTestFixture<Document> fixture;
    private StubDirectory directory;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Document.class);
        directory = new StubDirectory()
                .withOffice(OFFICE).withOffice("INACAL/DN")
                .withPerson(HEAD, "40000001", OFFICE, PersonRole.EMPLOYEE, PersonRole.HEAD)
                .withPerson(AUTHOR, "40000002", OFFICE, PersonRole.EMPLOYEE)
                .withPerson(OTHER_HEAD, "40000003", "INACAL/DN", PersonRole.EMPLOYEE, PersonRole.HEAD)
                .withPerson(REVIEWER, "40000004", OFFICE, PersonRole.EMPLOYEE)
                .withFormerPerson(FORMER_HEAD, OFFICE, PersonRole.EMPLOYEE, PersonRole.HEAD);
        List<String> reviewers = reviewers(Document.MAX_SIGNERS);
        for (int i = 0; i < reviewers.size(); i++) {
            directory.withPerson(reviewers.get(i), "410000%02d".formatted(i), OFFICE, PersonRole.EMPLOYEE);
        }
        List<String> addressees = recipients(Document.MAX_RECIPIENTS);
        for (int i = 0; i < addressees.size(); i++) {
            directory.withPerson(addressees.get(i), "42000%03d".formatted(i), "INACAL/DN", PersonRole.EMPLOYEE);
        }
        fixture.registerInjectableResource(directory);
    }

    // ---------------------------------------------------------------- sample values

    /** A distinct, well-formed content version: real SHA-256 of a label, stored under "sha256/<hex>". */
    private static ContentRef pdf(int version) {
        String sha = sha256("informe-v" + version);
        return new ContentRef("sha256/" + sha, sha, 40_000L + version, 2);
    }

    private static Attachment annex(String id) {
        String sha = sha256("anexo-" + id);
        return new Attachment(id, "anexo-" + id + ".xlsx", XLSX, "sha256/" + sha, sha, 2048);
    }

    private static DocumentNumber number(long correlative) {
        return new DocumentNumber("INACAL/DM/INFORME/2026", correlative, 2026,
                "INFORME N° %06d-2026-INACAL/DM".formatted(correlative));
    }

    private static PlannedSigner approval(String username) {
        return new PlannedSigner(username, SignatureRole.APPROVAL);
    }

    private static PlannedSigner signature(String username) {
        return new PlannedSigner(username, SignatureRole.SIGNATURE);
    }

    /** Usernames revisor01, revisor02, ... (all active employees of INACAL/DM in the directory). */
    private static List<String> reviewers(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "revisor%02d".formatted(i)).toList();
    }

    /** {@code approvals} visto buenos of reviewers, then the head's signature. */
    private static List<PlannedSigner> reviewedThenSignedByHead(int approvals) {
        return Stream.concat(reviewers(approvals).stream().map(DocumentTests::approval), Stream.of(signature(HEAD)))
                .toList();
    }

    private static List<String> recipients(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "usuario%03d".formatted(i)).toList();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- given events

    private static DocumentRegisteredEvent registered() {
        return new DocumentRegisteredEvent(DOC, DocumentType.INFORME, SUBJECT, OFFICE, AUTHOR, CONTENT);
    }

    private static ContentReplacedEvent replaced(int version) {
        return new ContentReplacedEvent(DOC, version, pdf(version));
    }

    private static AttachmentAddedEvent attached(String id) {
        return new AttachmentAddedEvent(DOC, annex(id));
    }

    /** The usual plan: the reviewer's visto bueno, then the head's signature. */
    private static SignaturePlanSetEvent planned() {
        return plannedAs(approval(REVIEWER), signature(HEAD));
    }

    private static SignaturePlanSetEvent plannedAs(PlannedSigner... signers) {
        return new SignaturePlanSetEvent(DOC, List.of(signers));
    }

    /** A signature on {@code basedOnVersion} that produced the next version. */
    private static DocumentSignedEvent signedBy(String signer, SignatureRole role, int basedOnVersion) {
        return new DocumentSignedEvent(DOC, signer, role, basedOnVersion, basedOnVersion + 1, pdf(basedOnVersion + 1));
    }

    private static DocumentNumberedEvent numbered() {
        return new DocumentNumberedEvent(DOC, NUMBER);
    }

    private static DocumentRejectedEvent rejectedBy(String signer) {
        return new DocumentRejectedEvent(DOC, signer, "Corregir la tabla de incertidumbres");
    }

    private static DocumentArchivedEvent archived() {
        return new DocumentArchivedEvent(DOC, AUTHOR);
    }

    private static DocumentAnnulledEvent annulled() {
        return new DocumentAnnulledEvent(DOC, HEAD, "Error en la referencia legal");
    }

    /** Registered, planned and approved by the reviewer: the head's final signature on version 2 is next. */
    private static List<Object> awaitingFinalSignature() {
        return List.of(registered(), planned(), signedBy(REVIEWER, SignatureRole.APPROVAL, 1));
    }

    /** Approved, numbered and signed by the head (version 3): issued. */
    private static List<Object> issuedDocument() {
        List<Object> events = new ArrayList<>(awaitingFinalSignature());
        events.add(numbered());
        events.add(signedBy(HEAD, SignatureRole.SIGNATURE, 2));
        events.add(new DocumentIssuedEvent(DOC, NUMBER));
        return events;
    }

    // ---------------------------------------------------------------- registration

    private static RegisterDocumentCommand register(String subject, String office, ContentRef content) {
        return new RegisterDocumentCommand(DOC, DocumentType.INFORME, subject, office, AUTHOR, content);
    }

    @Test
    void shouldRegisterADocumentWithItsStoredContent() {
        fixture.givenNoPriorActivity()
               .when(register(SUBJECT, OFFICE, CONTENT))
               .expectSuccessfulHandlerExecution()
               .expectEvents(registered());
    }

    @Test
    void shouldStripSurroundingBlanksFromTheSubject() {
        fixture.givenNoPriorActivity()
               .when(register("  Norma técnica NTP 2026  ", "INACAL/DN", CONTENT))
               .expectEvents(new DocumentRegisteredEvent(DOC, DocumentType.INFORME,
                       "Norma técnica NTP 2026", "INACAL/DN", AUTHOR, CONTENT));
    }

    @Test
    void shouldRefuseABlankSubject() {
        fixture.givenNoPriorActivity()
               .when(register("   ", OFFICE, CONTENT))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("a document needs a subject");
    }

    @Test
    void shouldRefuseASubjectLongerThanTheLimit() {
        fixture.givenNoPriorActivity()
               .when(register("x".repeat(Document.MAX_SUBJECT_LENGTH + 1), OFFICE, CONTENT))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the subject is longer than " + Document.MAX_SUBJECT_LENGTH + " characters");
    }

    @Test
    void shouldAcceptASubjectOfExactlyTheLimit() {
        String subject = "x".repeat(Document.MAX_SUBJECT_LENGTH);
        fixture.givenNoPriorActivity()
               .when(register(subject, OFFICE, CONTENT))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new DocumentRegisteredEvent(DOC, DocumentType.INFORME, subject, OFFICE, AUTHOR, CONTENT));
    }

    @Test
    void shouldRefuseADocumentWithoutId() {
        fixture.givenNoPriorActivity()
               .when(new RegisterDocumentCommand(" ", DocumentType.NOTA, "Asunto", OFFICE, AUTHOR, CONTENT))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("a document needs an id");
    }

    @Test
    void shouldRefuseAMalformedOfficeCode() {
        fixture.givenNoPriorActivity()
               .when(register("Asunto", "inacal dm", CONTENT))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the office code must look like INACAL/DM");
    }

    @Test
    void shouldRefuseAMissingType() {
        fixture.givenNoPriorActivity()
               .when(new RegisterDocumentCommand(DOC, null, "Asunto", OFFICE, AUTHOR, CONTENT))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("a document needs a type");
    }

    @Test
    void shouldRefuseAMissingAuthor() {
        fixture.givenNoPriorActivity()
               .when(new RegisterDocumentCommand(DOC, DocumentType.NOTA, "Asunto", OFFICE, " ", CONTENT))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("a document needs an author");
    }

    @Test
    void shouldRefuseMissingContent() {
        fixture.givenNoPriorActivity()
               .when(register("Asunto", OFFICE, null))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("a document needs content");
    }

    @Test
    void shouldRefuseContentWithAMalformedDigest() {
        fixture.givenNoPriorActivity()
               .when(register("Asunto", OFFICE, new ContentRef("sha256/ABC", "ABC", 10, 1)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the content digest must be a lowercase hexadecimal SHA-256");
    }

    @Test
    void shouldRefuseContentNotStoredUnderItsDigest() {
        fixture.givenNoPriorActivity()
               .when(register("Asunto", OFFICE, new ContentRef("uploads/x.pdf", SHA, 10, 1)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the content must be stored under its digest");
    }

    @Test
    void shouldRefuseEmptyContent() {
        fixture.givenNoPriorActivity()
               .when(register("Asunto", OFFICE, new ContentRef("sha256/" + SHA, SHA, 0, 1)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the content is empty");
    }

    @Test
    void shouldRefuseContentWithoutPages() {
        fixture.givenNoPriorActivity()
               .when(register("Asunto", OFFICE, new ContentRef("sha256/" + SHA, SHA, 10, 0)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the content has no pages");
    }

    // ---------------------------------------------------------------- rules shared by every draft change

    /** Every command that changes a draft, as sent by {@code actor}; removes annex "a-1" and adds "a-2". */
    private static Stream<Object> draftChangesBy(String actor) {
        return Stream.of(
                new ReplaceContentCommand(DOC, actor, pdf(9)),
                new EditDraftCommand(DOC, actor, "Asunto corregido", List.of("INACAL/DN")),
                new AddAttachmentCommand(DOC, actor, annex("a-2")),
                new RemoveAttachmentCommand(DOC, actor, "a-1"),
                new SetSignaturePlanCommand(DOC, actor, List.of(signature(HEAD))),
                new DiscardDraftCommand(DOC, actor));
    }

    static Stream<Object> draftChangesByTheAuthor() {
        return draftChangesBy(AUTHOR);
    }

    static Stream<Object> draftChangesByTheHead() {
        return draftChangesBy(HEAD);
    }

    @ParameterizedTest
    @MethodSource("draftChangesByTheHead")
    void shouldRefuseDraftChangesByAnyoneButTheAuthor(Object change) {
        fixture.given(registered(), attached("a-1"))
               .when(change)
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("only the author can change a draft");
    }

    @ParameterizedTest
    @MethodSource("draftChangesByTheAuthor")
    void shouldRefuseDraftChangesOnceSigned(Object change) {
        fixture.given(registered(), attached("a-1"), planned(), signedBy(REVIEWER, SignatureRole.APPROVAL, 1))
               .when(change)
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("the document has signatures; reject it to edit it again");
    }

    @ParameterizedTest
    @MethodSource("draftChangesByTheAuthor")
    void shouldRefuseDraftChangesToAnIssuedDocument(Object change) {
        fixture.given(issuedDocument())
               .when(change)
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("the document is no longer a draft");
    }

    @ParameterizedTest
    @MethodSource("draftChangesByTheAuthor")
    void shouldRefuseDraftChangesToADiscardedDraft(Object change) {
        fixture.given(registered(), attached("a-1"), new DraftDiscardedEvent(DOC))
               .when(change)
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("the document is no longer a draft");
    }

    // ---------------------------------------------------------------- content versions

    @Test
    void shouldReplaceTheRegisteredContentWithVersionTwo() {
        fixture.given(registered())
               .when(new ReplaceContentCommand(DOC, AUTHOR, pdf(2)))
               .expectEvents(new ContentReplacedEvent(DOC, 2, pdf(2)));
    }

    @Test
    void shouldNumberFurtherVersionsThreeAndOn() {
        fixture.given(registered(), replaced(2))
               .when(new ReplaceContentCommand(DOC, AUTHOR, pdf(3)))
               .expectEvents(new ContentReplacedEvent(DOC, 3, pdf(3)));
    }

    @Test
    void shouldRefuseMissingReplacementContent() {
        fixture.given(registered())
               .when(new ReplaceContentCommand(DOC, AUTHOR, null))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("a document needs content");
    }

    @Test
    void shouldRefuseReplacementContentWithAnUppercaseDigest() {
        String upper = pdf(2).sha256().toUpperCase();
        fixture.given(registered())
               .when(new ReplaceContentCommand(DOC, AUTHOR, new ContentRef("sha256/" + upper, upper, 10, 1)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the content digest must be a lowercase hexadecimal SHA-256");
    }

    @Test
    void shouldRefuseReplacementContentStoredUnderAnotherDigest() {
        ContentRef misplaced = new ContentRef(pdf(3).objectKey(), pdf(2).sha256(), 10, 1);
        fixture.given(registered())
               .when(new ReplaceContentCommand(DOC, AUTHOR, misplaced))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the content must be stored under its digest");
    }

    @Test
    void shouldRefuseEmptyReplacementContent() {
        ContentRef v2 = pdf(2);
        fixture.given(registered())
               .when(new ReplaceContentCommand(DOC, AUTHOR, new ContentRef(v2.objectKey(), v2.sha256(), 0, 1)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the content is empty");
    }

    // ---------------------------------------------------------------- subject and recipients

    @Test
    void shouldEditTheSubjectAndRecipientsOfADraft() {
        fixture.given(registered())
               .when(new EditDraftCommand(DOC, AUTHOR, "  Informe corregido  ", List.of("INACAL/DN", OTHER_HEAD)))
               .expectEvents(new DraftEditedEvent(DOC, "Informe corregido", List.of("INACAL/DN", OTHER_HEAD)));
    }

    @Test
    void shouldTreatMissingRecipientsAsNone() {
        fixture.given(registered())
               .when(new EditDraftCommand(DOC, AUTHOR, SUBJECT, null))
               .expectEvents(new DraftEditedEvent(DOC, SUBJECT, List.of()));
    }

    @Test
    void shouldAcceptExactlyTheMaximumOfRecipients() {
        List<String> recipients = recipients(Document.MAX_RECIPIENTS);
        fixture.given(registered())
               .when(new EditDraftCommand(DOC, AUTHOR, SUBJECT, recipients))
               .expectEvents(new DraftEditedEvent(DOC, SUBJECT, recipients));
    }

    @Test
    void shouldRefuseMoreThanTheMaximumOfRecipients() {
        fixture.given(registered())
               .when(new EditDraftCommand(DOC, AUTHOR, SUBJECT, recipients(Document.MAX_RECIPIENTS + 1)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("a document has at most " + Document.MAX_RECIPIENTS + " recipients");
    }

    @Test
    void shouldRefuseABlankRecipient() {
        fixture.given(registered())
               .when(new EditDraftCommand(DOC, AUTHOR, SUBJECT, List.of("INACAL/DN", "  ")))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("a recipient cannot be blank");
    }

    @Test
    void shouldRefuseARecipientNamedTwice() {
        fixture.given(registered())
               .when(new EditDraftCommand(DOC, AUTHOR, SUBJECT, List.of("INACAL/DN", OTHER_HEAD, "INACAL/DN")))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("a recipient is named twice");
    }

    @Test
    void shouldRefuseABlankSubjectWhenEditing() {
        fixture.given(registered())
               .when(new EditDraftCommand(DOC, AUTHOR, " ", List.of()))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("a document needs a subject");
    }

    @Test
    void shouldRefuseAMissingSubjectWhenEditing() {
        fixture.given(registered())
               .when(new EditDraftCommand(DOC, AUTHOR, null, List.of()))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("a document needs a subject");
    }

    @Test
    void shouldRefuseASubjectLongerThanTheLimitWhenEditing() {
        fixture.given(registered())
               .when(new EditDraftCommand(DOC, AUTHOR, "x".repeat(Document.MAX_SUBJECT_LENGTH + 1), List.of()))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the subject is longer than " + Document.MAX_SUBJECT_LENGTH + " characters");
    }

    // ---------------------------------------------------------------- annexes

    @Test
    void shouldAddAnAnnexToADraft() {
        fixture.given(registered())
               .when(new AddAttachmentCommand(DOC, AUTHOR, annex("a-1")))
               .expectEvents(new AttachmentAddedEvent(DOC, annex("a-1")));
    }

    @Test
    void shouldRefuseAnAnnexWhoseIdIsAlreadyAttached() {
        Attachment sameId = new Attachment("a-1", "otro.pdf", "application/pdf", pdf(5).objectKey(),
                pdf(5).sha256(), 10);
        fixture.given(registered(), attached("a-1"))
               .when(new AddAttachmentCommand(DOC, AUTHOR, sameId))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the annex is already attached");
    }

    @Test
    void shouldAcceptAnAnnexIdAgainOnceItsAnnexWasRemoved() {
        fixture.given(registered(), attached("a-1"), new AttachmentRemovedEvent(DOC, "a-1"))
               .when(new AddAttachmentCommand(DOC, AUTHOR, annex("a-1")))
               .expectEvents(new AttachmentAddedEvent(DOC, annex("a-1")));
    }

    @Test
    void shouldRefuseAMissingAnnex() {
        fixture.given(registered())
               .when(new AddAttachmentCommand(DOC, AUTHOR, null))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("an annex needs an id");
    }

    @Test
    void shouldRefuseAnAnnexWithoutId() {
        Attachment a = annex("a-1");
        fixture.given(registered())
               .when(new AddAttachmentCommand(DOC, AUTHOR,
                       new Attachment(null, a.fileName(), a.mediaType(), a.objectKey(), a.sha256(), a.size())))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("an annex needs an id");
    }

    @Test
    void shouldRefuseAnAnnexWithoutFileName() {
        Attachment a = annex("a-1");
        fixture.given(registered())
               .when(new AddAttachmentCommand(DOC, AUTHOR,
                       new Attachment("a-1", " ", a.mediaType(), a.objectKey(), a.sha256(), a.size())))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("an annex needs a file name");
    }

    @Test
    void shouldRefuseAnAnnexNotStoredUnderItsDigest() {
        Attachment a = annex("a-1");
        fixture.given(registered())
               .when(new AddAttachmentCommand(DOC, AUTHOR,
                       new Attachment("a-1", a.fileName(), a.mediaType(), "uploads/anexo.xlsx", a.sha256(), a.size())))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the annex must be stored under its digest");
    }

    @Test
    void shouldRefuseAnAnnexWithAMalformedDigest() {
        Attachment a = annex("a-1");
        fixture.given(registered())
               .when(new AddAttachmentCommand(DOC, AUTHOR,
                       new Attachment("a-1", a.fileName(), a.mediaType(), "sha256/xyz", "xyz", a.size())))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the annex must be stored under its digest");
    }

    @Test
    void shouldRefuseAnEmptyAnnex() {
        Attachment a = annex("a-1");
        fixture.given(registered())
               .when(new AddAttachmentCommand(DOC, AUTHOR,
                       new Attachment("a-1", a.fileName(), a.mediaType(), a.objectKey(), a.sha256(), 0)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the annex is empty");
    }

    @Test
    void shouldRemoveAnAttachedAnnex() {
        fixture.given(registered(), attached("a-1"), attached("a-2"))
               .when(new RemoveAttachmentCommand(DOC, AUTHOR, "a-1"))
               .expectEvents(new AttachmentRemovedEvent(DOC, "a-1"));
    }

    @Test
    void shouldRefuseToRemoveAnUnknownAnnex() {
        fixture.given(registered(), attached("a-1"))
               .when(new RemoveAttachmentCommand(DOC, AUTHOR, "a-9"))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the document has no such annex");
    }

    @Test
    void shouldRefuseToRemoveAnAnnexTwice() {
        fixture.given(registered(), attached("a-1"), new AttachmentRemovedEvent(DOC, "a-1"))
               .when(new RemoveAttachmentCommand(DOC, AUTHOR, "a-1"))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the document has no such annex");
    }

    // ---------------------------------------------------------------- discarding

    @Test
    void shouldDiscardADraft() {
        fixture.given(registered(), planned())
               .when(new DiscardDraftCommand(DOC, AUTHOR))
               .expectEvents(new DraftDiscardedEvent(DOC));
    }

    @Test
    void shouldRefuseSignaturesOnADiscardedDraft() {
        fixture.given(registered(), planned(), new DraftDiscardedEvent(DOC))
               .when(new PrepareSignatureCommand(DOC, REVIEWER))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("the document is not waiting for signatures");
    }

    // ---------------------------------------------------------------- signature plan

    private static SetSignaturePlanCommand plan(List<PlannedSigner> signers) {
        return new SetSignaturePlanCommand(DOC, AUTHOR, signers);
    }

    private static SetSignaturePlanCommand plan(PlannedSigner... signers) {
        return plan(List.of(signers));
    }

    @Test
    void shouldSetAPlanOfApprovalsEndingWithTheHeadsSignature() {
        fixture.given(registered())
               .when(plan(approval(REVIEWER), approval(OTHER_HEAD), signature(HEAD)))
               .expectEvents(plannedAs(approval(REVIEWER), approval(OTHER_HEAD), signature(HEAD)));
    }

    @Test
    void shouldSetAPlanOfOnlyTheFinalSignature() {
        fixture.given(registered())
               .when(plan(signature(HEAD)))
               .expectEvents(plannedAs(signature(HEAD)));
    }

    @Test
    void shouldReplaceAPlanNobodySignedYet() {
        fixture.given(registered(), planned())
               .when(plan(approval(OTHER_HEAD), signature(HEAD)))
               .expectEvents(plannedAs(approval(OTHER_HEAD), signature(HEAD)));
    }

    @Test
    void shouldAcceptExactlyTheMaximumOfSigners() {
        List<PlannedSigner> signers = reviewedThenSignedByHead(Document.MAX_SIGNERS - 1);
        fixture.given(registered())
               .when(plan(signers))
               .expectEvents(new SignaturePlanSetEvent(DOC, signers));
    }

    @Test
    void shouldRefuseMoreThanTheMaximumOfSigners() {
        fixture.given(registered())
               .when(plan(reviewedThenSignedByHead(Document.MAX_SIGNERS)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("a signature plan has at most " + Document.MAX_SIGNERS + " signers");
    }

    @Test
    void shouldRefuseAnEmptyPlan() {
        fixture.given(registered())
               .when(plan(List.of()))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("a signature plan needs at least one signer");
    }

    @Test
    void shouldRefuseAMissingPlan() {
        fixture.given(registered())
               .when(plan((List<PlannedSigner>) null))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("a signature plan needs at least one signer");
    }

    @Test
    void shouldRefuseASignerWithoutRole() {
        fixture.given(registered())
               .when(plan(new PlannedSigner(REVIEWER, null), signature(HEAD)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("every signer needs a person and a role");
    }

    @Test
    void shouldRefuseASignerWithoutPerson() {
        fixture.given(registered())
               .when(plan(approval(null), signature(HEAD)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("every signer needs a person and a role");
    }

    @Test
    void shouldRefuseAPersonTwiceInThePlan() {
        fixture.given(registered())
               .when(plan(approval(HEAD), approval(REVIEWER), signature(HEAD)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("a person appears twice in the signature plan");
    }

    @Test
    void shouldRefuseAFormerPersonAsSigner() {
        fixture.given(registered())
               .when(plan(approval(FORMER_HEAD), signature(HEAD)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the signer " + FORMER_HEAD + " is not an active person of the entity");
    }

    @Test
    void shouldRefuseAnUnknownSigner() {
        fixture.given(registered())
               .when(plan(approval(UNKNOWN), signature(HEAD)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the signer " + UNKNOWN + " is not an active person of the entity");
    }

    @Test
    void shouldRefuseASignatureBeforeTheLastStep() {
        fixture.given(registered())
               .when(plan(signature(REVIEWER), signature(HEAD)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("only the last signer signs; the others give their visto bueno");
    }

    @Test
    void shouldRefuseAPlanNotEndingWithASignature() {
        fixture.given(registered())
               .when(plan(approval(REVIEWER), approval(HEAD)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the plan must end with a signature");
    }

    @Test
    void shouldRefuseAFinalSignerWhoIsNoHeadOfTheOriginOffice() {
        fixture.given(registered())
               .when(plan(approval(HEAD), signature(REVIEWER)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the final signer must be entitled to sign for " + OFFICE);
    }

    @Test
    void shouldRefuseTheHeadOfAnotherOfficeAsFinalSigner() {
        fixture.given(registered())
               .when(plan(approval(REVIEWER), signature(OTHER_HEAD)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the final signer must be entitled to sign for " + OFFICE);
    }

    // ---------------------------------------------------------------- preparing a signature

    @Test
    void shouldTellTheFirstApproverToApproveTheCurrentVersion() {
        fixture.given(registered(), planned())
               .when(new PrepareSignatureCommand(DOC, REVIEWER))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents()
               .expectResultMessagePayload(new SignatureTurn(DOC, DocumentType.INFORME, OFFICE,
                       SignatureRole.APPROVAL, 1, CONTENT, false, null, 2, null));
    }

    @Test
    void shouldOfferTheLatestContentVersionForSigning() {
        fixture.given(registered(), replaced(2), planned())
               .when(new PrepareSignatureCommand(DOC, REVIEWER))
               .expectResultMessagePayload(new SignatureTurn(DOC, DocumentType.INFORME, OFFICE,
                       SignatureRole.APPROVAL, 2, pdf(2), false, null, 2, null));
    }

    @Test
    void shouldTellTheFinalSignerTheirsIsTheFinalSignatureBeforeNumbering() {
        fixture.given(awaitingFinalSignature())
               .when(new PrepareSignatureCommand(DOC, HEAD))
               .expectNoEvents()
               .expectResultMessagePayload(new SignatureTurn(DOC, DocumentType.INFORME, OFFICE,
                       SignatureRole.SIGNATURE, 2, pdf(2), true, null, 2, null));
    }

    @Test
    void shouldGiveTheFinalSignerTheAssignedNumber() {
        fixture.given(awaitingFinalSignature())
               .andGiven(numbered())
               .when(new PrepareSignatureCommand(DOC, HEAD))
               .expectNoEvents()
               .expectResultMessagePayload(new SignatureTurn(DOC, DocumentType.INFORME, OFFICE,
                       SignatureRole.SIGNATURE, 2, pdf(2), true, NUMBER, 2, null));
    }

    @Test
    void shouldRefuseToPrepareASignatureOutOfTurn() {
        fixture.given(registered(), planned())
               .when(new PrepareSignatureCommand(DOC, HEAD))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("it is " + REVIEWER + "'s turn to sign, not " + HEAD + "'s");
    }

    @Test
    void shouldRefuseToPrepareASignatureForSomeoneNotInThePlan() {
        fixture.given(registered(), planned())
               .when(new PrepareSignatureCommand(DOC, AUTHOR))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage(AUTHOR + " is not in the signature plan");
    }

    @Test
    void shouldRefuseToPrepareASignatureWithoutAPlan() {
        fixture.given(registered())
               .when(new PrepareSignatureCommand(DOC, HEAD))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("the document has no signature plan");
    }

    @Test
    void shouldRefuseToPrepareASignatureOfAnIssuedDocument() {
        fixture.given(issuedDocument())
               .when(new PrepareSignatureCommand(DOC, HEAD))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("the document is not waiting for signatures");
    }

    // ---------------------------------------------------------------- numbering

    @Test
    void shouldNumberADocumentThatGoesToItsFinalSignature() {
        fixture.given(awaitingFinalSignature())
               .when(new AssignNumberCommand(DOC, NUMBER))
               .expectEvents(new DocumentNumberedEvent(DOC, NUMBER));
    }

    @Test
    void shouldNumberADocumentWhoseOnlySignerSignsLast() {
        fixture.given(registered(), plannedAs(signature(HEAD)))
               .when(new AssignNumberCommand(DOC, NUMBER))
               .expectEvents(new DocumentNumberedEvent(DOC, NUMBER));
    }

    @Test
    void shouldRefuseANumberWhileApprovalsArePending() {
        fixture.given(registered(), planned())
               .when(new AssignNumberCommand(DOC, NUMBER))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("a document is numbered only when it goes to its final signature");
    }

    @Test
    void shouldRefuseANumberWithoutAPlan() {
        fixture.given(registered())
               .when(new AssignNumberCommand(DOC, NUMBER))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("a document is numbered only when it goes to its final signature");
    }

    @Test
    void shouldRefuseToNumberAnIssuedDocument() {
        fixture.given(issuedDocument())
               .when(new AssignNumberCommand(DOC, NUMBER))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("a document is numbered only when it goes to its final signature");
    }

    @Test
    void shouldRefuseAMissingNumber() {
        fixture.given(awaitingFinalSignature())
               .when(new AssignNumberCommand(DOC, null))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("a number is needed");
    }

    @Test
    void shouldRefuseANumberWithoutCorrelative() {
        fixture.given(awaitingFinalSignature())
               .when(new AssignNumberCommand(DOC, number(0)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("a number is needed");
    }

    @Test
    void shouldAcceptTheSameNumberAgainWithoutNewEvents() {
        fixture.given(awaitingFinalSignature())
               .andGiven(numbered())
               .when(new AssignNumberCommand(DOC, NUMBER))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void shouldRefuseADifferentNumberOnceNumbered() {
        fixture.given(awaitingFinalSignature())
               .andGiven(numbered())
               .when(new AssignNumberCommand(DOC, number(124)))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("the document already has the number " + NUMBER.text());
    }

    // ---------------------------------------------------------------- signing

    @Test
    void shouldRecordAnApprovalAsTheNextVersion() {
        fixture.given(registered(), planned())
               .when(new RecordSignatureCommand(DOC, REVIEWER, SignatureRole.APPROVAL, 1, pdf(2)))
               .expectEvents(new DocumentSignedEvent(DOC, REVIEWER, SignatureRole.APPROVAL, 1, 2, pdf(2)));
    }

    @Test
    void shouldIssueTheDocumentWithItsFinalSignature() {
        fixture.given(awaitingFinalSignature())
               .andGiven(numbered())
               .when(new RecordSignatureCommand(DOC, HEAD, SignatureRole.SIGNATURE, 2, pdf(3)))
               .expectEvents(new DocumentSignedEvent(DOC, HEAD, SignatureRole.SIGNATURE, 2, 3, pdf(3)),
                       new DocumentIssuedEvent(DOC, NUMBER));
    }

    @Test
    void shouldIssueADocumentWhoseOnlySignerSigns() {
        fixture.given(registered(), plannedAs(signature(HEAD)), numbered())
               .when(new RecordSignatureCommand(DOC, HEAD, SignatureRole.SIGNATURE, 1, pdf(2)))
               .expectEvents(new DocumentSignedEvent(DOC, HEAD, SignatureRole.SIGNATURE, 1, 2, pdf(2)),
                       new DocumentIssuedEvent(DOC, NUMBER));
    }

    @Test
    void shouldRefuseASignatureInAnotherRoleThanPlanned() {
        fixture.given(registered(), planned())
               .when(new RecordSignatureCommand(DOC, REVIEWER, SignatureRole.SIGNATURE, 1, pdf(2)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the plan expects APPROVAL from " + REVIEWER);
    }

    @Test
    void shouldRefuseASignatureMadeOnAnEarlierVersion() {
        fixture.given(registered(), planned(), replaced(2))
               .when(new RecordSignatureCommand(DOC, REVIEWER, SignatureRole.APPROVAL, 1, pdf(3)))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("the signature was made on version 1 but the document is at version 2");
    }

    @Test
    void shouldRefuseTheFinalSignatureBeforeTheDocumentIsNumbered() {
        fixture.given(awaitingFinalSignature())
               .when(new RecordSignatureCommand(DOC, HEAD, SignatureRole.SIGNATURE, 2, pdf(3)))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("the document needs its number before the final signature");
    }

    @Test
    void shouldRefuseASignatureOutOfTurn() {
        fixture.given(registered(), planned())
               .when(new RecordSignatureCommand(DOC, HEAD, SignatureRole.SIGNATURE, 1, pdf(2)))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("it is " + REVIEWER + "'s turn to sign, not " + HEAD + "'s");
    }

    @Test
    void shouldRefuseASecondSignatureOfTheSameApprover() {
        fixture.given(awaitingFinalSignature())
               .when(new RecordSignatureCommand(DOC, REVIEWER, SignatureRole.APPROVAL, 2, pdf(3)))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("it is " + HEAD + "'s turn to sign, not " + REVIEWER + "'s");
    }

    @Test
    void shouldRefuseASignatureFromSomeoneNotInThePlan() {
        fixture.given(registered(), planned())
               .when(new RecordSignatureCommand(DOC, AUTHOR, SignatureRole.APPROVAL, 1, pdf(2)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage(AUTHOR + " is not in the signature plan");
    }

    @Test
    void shouldRefuseASignatureWithoutAPlan() {
        fixture.given(registered())
               .when(new RecordSignatureCommand(DOC, HEAD, SignatureRole.SIGNATURE, 1, pdf(2)))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("the document has no signature plan");
    }

    @Test
    void shouldRefuseSignedContentNotStoredUnderItsDigest() {
        ContentRef misplaced = new ContentRef("firmados/informe.pdf", pdf(2).sha256(), 10, 1);
        fixture.given(registered(), planned())
               .when(new RecordSignatureCommand(DOC, REVIEWER, SignatureRole.APPROVAL, 1, misplaced))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the content must be stored under its digest");
    }

    @Test
    void shouldRefuseASignatureOnAnIssuedDocument() {
        fixture.given(issuedDocument())
               .when(new RecordSignatureCommand(DOC, HEAD, SignatureRole.SIGNATURE, 3, pdf(4)))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("the document is not waiting for signatures");
    }

    // ---------------------------------------------------------------- rejection

    @Test
    void shouldLetTheSignerInTurnRejectWithAReason() {
        fixture.given(awaitingFinalSignature())
               .when(new RejectDocumentCommand(DOC, HEAD, "  Falta el anexo de mediciones  "))
               .expectEvents(new DocumentRejectedEvent(DOC, HEAD, "Falta el anexo de mediciones"));
    }

    @Test
    void shouldRefuseARejectionWithoutReason() {
        fixture.given(awaitingFinalSignature())
               .when(new RejectDocumentCommand(DOC, HEAD, "   "))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("a reason is needed");
    }

    @Test
    void shouldRefuseARejectionReasonLongerThanTheLimit() {
        fixture.given(awaitingFinalSignature())
               .when(new RejectDocumentCommand(DOC, HEAD, "x".repeat(Document.MAX_TEXT_LENGTH + 1)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the reason is longer than " + Document.MAX_TEXT_LENGTH + " characters");
    }

    @Test
    void shouldRefuseARejectionBySomeoneWhoseTurnHasPassed() {
        fixture.given(awaitingFinalSignature())
               .when(new RejectDocumentCommand(DOC, REVIEWER, "Ya no estoy de acuerdo"))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("it is " + HEAD + "'s turn to sign, not " + REVIEWER + "'s");
    }

    @Test
    void shouldRefuseARejectionBySomeoneNotInThePlan() {
        fixture.given(awaitingFinalSignature())
               .when(new RejectDocumentCommand(DOC, AUTHOR, "Quiero corregirlo"))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage(AUTHOR + " is not in the signature plan");
    }

    @Test
    void shouldRefuseARejectionOfAnIssuedDocument() {
        fixture.given(issuedDocument())
               .when(new RejectDocumentCommand(DOC, HEAD, "Error material"))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("the document is not waiting for signatures");
    }

    @Test
    void shouldKeepEarlierVersionsWhenTheAuthorReplacesContentAfterRejection() {
        fixture.given(awaitingFinalSignature())
               .andGiven(rejectedBy(HEAD))
               .when(new ReplaceContentCommand(DOC, AUTHOR, pdf(3)))
               .expectEvents(new ContentReplacedEvent(DOC, 3, pdf(3)));
    }

    @Test
    void shouldLetTheAuthorEditTheDraftAgainAfterRejection() {
        fixture.given(awaitingFinalSignature())
               .andGiven(rejectedBy(HEAD))
               .when(new EditDraftCommand(DOC, AUTHOR, "Informe corregido", List.of("INACAL/DN")))
               .expectEvents(new DraftEditedEvent(DOC, "Informe corregido", List.of("INACAL/DN")));
    }

    // ---------------------------------------------------------------- verification code, remote signing, archiving

    @Test
    void shouldKeepTheFirstVerificationCodeForGood() {
        fixture.given(registered(), planned())
               .when(new AssignVerificationCodeCommand(DOC, "ABCD-EFGH-JKMN-PQRS"))
               .expectEvents(new VerificationCodeAssignedEvent(DOC, "ABCD-EFGH-JKMN-PQRS"));
        fixture.given(registered(), planned(), new VerificationCodeAssignedEvent(DOC, "ABCD-EFGH-JKMN-PQRS"))
               .when(new AssignVerificationCodeCommand(DOC, "ZZZZ-EFGH-JKMN-PQRS"))
               .expectNoEvents()
               .expectException(IllegalStateException.class);
        fixture.given(registered(), planned(), new VerificationCodeAssignedEvent(DOC, "ABCD-EFGH-JKMN-PQRS"))
               .when(new PrepareSignatureCommand(DOC, REVIEWER))
               .expectResultMessagePayload(new SignatureTurn(DOC, DocumentType.INFORME, OFFICE,
                       SignatureRole.APPROVAL, 1, CONTENT, false, null, 2, "ABCD-EFGH-JKMN-PQRS"));
    }

    @Test
    void shouldOpenARemoteSignatureSessionOnlyInTheSignersTurnAndOnTheCurrentVersion() {
        RemoteSignatureStartedEvent started = new RemoteSignatureStartedEvent(DOC, "s-1", REVIEWER,
                SignatureRole.APPROVAL, 1, pdf(2), Instant.parse("2026-11-25T15:00:00Z"), List.of("MIIB"));
        fixture.given(registered(), planned())
               .when(new RecordRemoteSignatureStartCommand(DOC, "s-1", REVIEWER, 1, pdf(2),
                       Instant.parse("2026-11-25T15:00:00Z"), List.of("MIIB")))
               .expectEvents(started);
        fixture.given(registered(), planned())
               .when(new RecordRemoteSignatureStartCommand(DOC, "s-1", HEAD, 1, pdf(2), Instant.now(), List.of("MIIB")))
               .expectNoEvents()
               .expectException(IllegalStateException.class);
        fixture.given(registered(), planned(), started)
               .when(new FindRemoteSignatureSessionCommand(DOC, "s-1", REVIEWER))
               .expectResultMessagePayload(started);
        fixture.given(registered(), planned(), started, replaced(2))
               .when(new FindRemoteSignatureSessionCommand(DOC, "s-1", REVIEWER))
               .expectException(IllegalStateException.class);
    }

    @Test
    void shouldRecordASignatureMadeWithATicketOnceBeforeItExpiresAndOnlyOnTheVersionItWasIssuedFor() {
        Instant expires = Instant.parse("2026-11-25T15:30:00Z");
        ClientSignatureStartedEvent issued = new ClientSignatureStartedEvent(DOC, "t-1", REVIEWER, SignatureRole.APPROVAL,
                1, pdf(2), expires);
        SignerCertificate certificate = new SignerCertificate("CN=Revisor", "CN=CA", "ab", "trusted");
        fixture.given(registered(), planned())
               .when(new RecordClientSignatureStartCommand(DOC, "t-1", REVIEWER, 1, pdf(2), expires))
               .expectEvents(issued);
        fixture.given(registered(), planned())
               .when(new RecordClientSignatureStartCommand(DOC, "t-1", HEAD, 1, pdf(2), expires))
               .expectNoEvents()
               .expectException(IllegalStateException.class);
        fixture.given(registered(), planned(), issued)
               .when(new RecordClientSignatureCommand(DOC, "t-1", REVIEWER, pdf(3), expires.minusSeconds(1), certificate))
               .expectEvents(new DocumentSignedEvent(DOC, REVIEWER, SignatureRole.APPROVAL, 1, 2, pdf(3)),
                       new ClientSignatureRecordedEvent(DOC, "t-1", 2, certificate));
        fixture.given(registered(), planned(), issued)
               .when(new RecordClientSignatureCommand(DOC, "t-1", REVIEWER, pdf(3), expires, certificate))
               .expectNoEvents()
               .expectException(IllegalStateException.class);
        fixture.given(registered(), planned(), issued, signedBy(REVIEWER, SignatureRole.APPROVAL, 1))
               .when(new RecordClientSignatureCommand(DOC, "t-1", REVIEWER, pdf(3), expires.minusSeconds(1), certificate))
               .expectNoEvents()
               .expectException(IllegalStateException.class);
        fixture.given(registered(), planned(), issued, replaced(2))
               .when(new RecordClientSignatureCommand(DOC, "t-1", REVIEWER, pdf(3), expires.minusSeconds(1), certificate))
               .expectNoEvents()
               .expectException(IllegalStateException.class);
        fixture.given(registered(), planned(), issued)
               .when(new RecordClientSignatureCommand(DOC, "t-2", REVIEWER, pdf(3), expires.minusSeconds(1), certificate))
               .expectNoEvents()
               .expectException(IllegalStateException.class);
    }

    @Test
    void shouldRecordTheArchivalExtensionOfAnArchivedDocumentOnly() {
        List<Object> archivedDocument = new ArrayList<>(issuedDocument());
        archivedDocument.add(archived());
        fixture.given(archivedDocument)
               .when(new RecordArchivalExtensionCommand(DOC, 3, pdf(4)))
               .expectEvents(new SignaturesExtendedEvent(DOC, 3, 4, pdf(4), "PAdES-BASELINE-LTA"));
        fixture.given(issuedDocument())
               .when(new RecordArchivalExtensionCommand(DOC, 3, pdf(4)))
               .expectNoEvents()
               .expectException(IllegalStateException.class);
        fixture.given(archivedDocument)
               .when(new RecordArchivalExtensionCommand(DOC, 2, pdf(4)))
               .expectNoEvents()
               .expectException(IllegalStateException.class);
    }

    @Test
    void shouldLetTheAuthorChangeThePlanAfterRejection() {
        fixture.given(awaitingFinalSignature())
               .andGiven(rejectedBy(HEAD))
               .when(plan(approval(OTHER_HEAD), signature(HEAD)))
               .expectEvents(plannedAs(approval(OTHER_HEAD), signature(HEAD)));
    }

    @Test
    void shouldRefuseEverySignatureOfAnObservedDocumentUntilItsAuthorSendsItAgain() {
        String waiting = "the document was observed; it waits for its author to send a new version";
        for (String signer : List.of(REVIEWER, HEAD)) {
            fixture.given(awaitingFinalSignature())
                   .andGiven(rejectedBy(HEAD))
                   .when(new PrepareSignatureCommand(DOC, signer))
                   .expectNoEvents()
                   .expectException(IllegalStateException.class)
                   .expectExceptionMessage(waiting);
        }
        fixture.given(awaitingFinalSignature())
               .andGiven(rejectedBy(HEAD))
               .when(new RecordSignatureCommand(DOC, REVIEWER, SignatureRole.APPROVAL, 2, pdf(3)))
               .expectNoEvents()
               .expectExceptionMessage(waiting);
        fixture.given(awaitingFinalSignature())
               .andGiven(rejectedBy(HEAD))
               .when(new RejectDocumentCommand(DOC, REVIEWER, "Otra observación"))
               .expectNoEvents()
               .expectExceptionMessage(waiting);
    }

    @Test
    void shouldSendAnObservedDocumentAgainOnTheAuthorsLastVersionWithoutTheSignaturesMadeBefore() {
        fixture.given(awaitingFinalSignature())
               .andGiven(rejectedBy(HEAD))
               .when(new ResubmitDocumentCommand(DOC, AUTHOR, null))
               .expectEvents(new ContentReplacedEvent(DOC, 3, CONTENT), new DocumentResubmittedEvent(DOC, AUTHOR, 3));
    }

    @Test
    void shouldSendAnObservedDocumentAgainWithANewPdf() {
        fixture.given(awaitingFinalSignature())
               .andGiven(rejectedBy(HEAD))
               .when(new ResubmitDocumentCommand(DOC, AUTHOR, pdf(9)))
               .expectEvents(new ContentReplacedEvent(DOC, 3, pdf(9)), new DocumentResubmittedEvent(DOC, AUTHOR, 3));
    }

    @Test
    void shouldSendAgainWithoutANewVersionWhenNobodyHadSignedYet() {
        fixture.given(registered(), planned(), rejectedBy(REVIEWER))
               .when(new ResubmitDocumentCommand(DOC, AUTHOR, null))
               .expectEvents(new DocumentResubmittedEvent(DOC, AUTHOR, 1));
    }

    @Test
    void shouldStartSigningAgainFromTheFirstSignerOnceTheAuthorSendsItAgain() {
        fixture.given(awaitingFinalSignature())
               .andGiven(rejectedBy(HEAD), new ContentReplacedEvent(DOC, 3, CONTENT),
                       new DocumentResubmittedEvent(DOC, AUTHOR, 3))
               .when(new PrepareSignatureCommand(DOC, REVIEWER))
               .expectNoEvents()
               .expectResultMessagePayload(new SignatureTurn(DOC, DocumentType.INFORME, OFFICE,
                       SignatureRole.APPROVAL, 3, CONTENT, false, null, 2, null));
    }

    @Test
    void shouldLetOnlyTheAuthorSendAnObservedDocumentAgain() {
        fixture.given(awaitingFinalSignature())
               .andGiven(rejectedBy(HEAD))
               .when(new ResubmitDocumentCommand(DOC, HEAD, null))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("only the author can change a draft");
        fixture.given(awaitingFinalSignature())
               .when(new ResubmitDocumentCommand(DOC, AUTHOR, null))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("the document has signatures; reject it to edit it again");
        fixture.given(registered(), planned())
               .when(new ResubmitDocumentCommand(DOC, AUTHOR, null))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("only an observed document is sent to its signers again");
    }

    @Test
    void shouldLetASignerSignAfterAnObservationRecordedBeforeResubmissionExisted() {
        // stored streams of older versions: observed, then signed again by the same signer
        fixture.given(registered(), planned(), rejectedBy(REVIEWER), signedBy(REVIEWER, SignatureRole.APPROVAL, 1))
               .when(new PrepareSignatureCommand(DOC, HEAD))
               .expectNoEvents()
               .expectResultMessagePayload(new SignatureTurn(DOC, DocumentType.INFORME, OFFICE,
                       SignatureRole.SIGNATURE, 2, pdf(2), true, null, 2, null));
    }

    // ---------------------------------------------------------------- recipients

    @Test
    void shouldRefuseARecipientThatIsNeitherAnOfficeNorAPerson() {
        fixture.given(registered())
               .when(new EditDraftCommand(DOC, AUTHOR, SUBJECT, List.of("Normalizacion")))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the recipient Normalizacion is not an office or an active person of the entity");
    }

    @Test
    void shouldDeriveTheIssuedDocumentToItsRecipients() {
        fixture.given(registered(), new DraftEditedEvent(DOC, SUBJECT, List.of("INACAL/DN", OTHER_HEAD)))
               .andGiven(planned(), signedBy(REVIEWER, SignatureRole.APPROVAL, 1), numbered())
               .when(new RecordSignatureCommand(DOC, HEAD, SignatureRole.SIGNATURE, 2, pdf(3)))
               .expectEvents(signedBy(HEAD, SignatureRole.SIGNATURE, 2), new DocumentIssuedEvent(DOC, NUMBER),
                       new DocumentDerivedEvent(DOC, issueDerivationId("INACAL/DN"), null, AUTHOR, RecipientKind.OFFICE,
                               "INACAL/DN", DerivationAction.ATENDER, null, false, null),
                       new DocumentDerivedEvent(DOC, issueDerivationId(OTHER_HEAD), null, AUTHOR, RecipientKind.PERSON,
                               OTHER_HEAD, DerivationAction.ATENDER, null, false, null));
    }

    private static String issueDerivationId(String recipient) {
        return java.util.UUID.nameUUIDFromBytes((DOC + "/" + recipient).getBytes(StandardCharsets.UTF_8)).toString();
    }

    // ---------------------------------------------------------------- annulment

    @Test
    void shouldLetTheHeadOfTheOriginOfficeAnnulAnIssuedDocument() {
        fixture.given(issuedDocument())
               .when(new AnnulDocumentCommand(DOC, HEAD, "  Error en la referencia legal  "))
               .expectEvents(annulled());
    }

    @Test
    void shouldAnnulAnArchivedDocument() {
        fixture.given(issuedDocument())
               .andGiven(archived())
               .when(new AnnulDocumentCommand(DOC, HEAD, "Error en la referencia legal"))
               .expectEvents(annulled());
    }

    @Test
    void shouldRefuseToAnnulADraft() {
        fixture.given(awaitingFinalSignature())
               .andGiven(numbered())
               .when(new AnnulDocumentCommand(DOC, HEAD, "Error"))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("only an issued document can be annulled");
    }

    @Test
    void shouldRefuseToAnnulADocumentTwice() {
        fixture.given(issuedDocument())
               .andGiven(annulled())
               .when(new AnnulDocumentCommand(DOC, HEAD, "Otra vez"))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("only an issued document can be annulled");
    }

    @Test
    void shouldNeverRenumberAnAnnulledDocument() {
        fixture.given(issuedDocument())
               .andGiven(annulled())
               .when(new AssignNumberCommand(DOC, number(124)))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("a document is numbered only when it goes to its final signature");
    }

    @Test
    void shouldRefuseAnAnnulmentByTheHeadOfAnotherOffice() {
        fixture.given(issuedDocument())
               .when(new AnnulDocumentCommand(DOC, OTHER_HEAD, "Error"))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("only the head of " + OFFICE + " can annul its documents");
    }

    @Test
    void shouldRefuseAnAnnulmentByAnEmployeeOfTheOriginOffice() {
        fixture.given(issuedDocument())
               .when(new AnnulDocumentCommand(DOC, AUTHOR, "Error"))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("only the head of " + OFFICE + " can annul its documents");
    }

    @Test
    void shouldRefuseAnAnnulmentByAFormerHead() {
        fixture.given(issuedDocument())
               .when(new AnnulDocumentCommand(DOC, FORMER_HEAD, "Error"))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("only the head of " + OFFICE + " can annul its documents");
    }

    @Test
    void shouldRefuseAnAnnulmentWithoutReason() {
        fixture.given(issuedDocument())
               .when(new AnnulDocumentCommand(DOC, HEAD, " "))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("a reason is needed");
    }

    // ---------------------------------------------------------------- archiving

    @Test
    void shouldLetAPersonOfTheOriginOfficeArchiveAnIssuedDocument() {
        fixture.given(issuedDocument())
               .when(new ArchiveDocumentCommand(DOC, AUTHOR))
               .expectEvents(new DocumentArchivedEvent(DOC, AUTHOR));
    }

    @Test
    void shouldRefuseToArchiveADraft() {
        fixture.given(registered())
               .when(new ArchiveDocumentCommand(DOC, AUTHOR))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("only an issued document can be archived");
    }

    @Test
    void shouldRefuseToArchiveADocumentTwice() {
        fixture.given(issuedDocument())
               .andGiven(archived())
               .when(new ArchiveDocumentCommand(DOC, AUTHOR))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("only an issued document can be archived");
    }

    @Test
    void shouldRefuseToArchiveAnAnnulledDocument() {
        fixture.given(issuedDocument())
               .andGiven(annulled())
               .when(new ArchiveDocumentCommand(DOC, AUTHOR))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("only an issued document can be archived");
    }

    @Test
    void shouldRefuseArchivingByAPersonOfAnotherOffice() {
        fixture.given(issuedDocument())
               .when(new ArchiveDocumentCommand(DOC, OTHER_HEAD))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("only a person of " + OFFICE + " can archive its documents");
    }

    @Test
    void shouldRefuseArchivingByAFormerPersonOfTheOriginOffice() {
        fixture.given(issuedDocument())
               .when(new ArchiveDocumentCommand(DOC, FORMER_HEAD))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("only a person of " + OFFICE + " can archive its documents");
    }

    @Test
    void shouldRefuseArchivingByAnUnknownPerson() {
        fixture.given(issuedDocument())
               .when(new ArchiveDocumentCommand(DOC, UNKNOWN))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("only a person of " + OFFICE + " can archive its documents");
    }

    @Test
    void shouldRefuseANullRecipientInsteadOfFailing() {
        fixture.given(registered())
               .when(new EditDraftCommand(DOC, AUTHOR, SUBJECT, java.util.Arrays.asList("INACAL/DN", null)))
               .expectNoEvents()
               .expectException(IllegalArgumentException.class)
               .expectExceptionMessage("a recipient cannot be blank");
    }

    // ---------------------------------------------------------------- authority at every signature turn

    private void headMovedToDnAsAnEmployee() {
        directory.withPerson(HEAD, "40000001", "INACAL/DN", PersonRole.EMPLOYEE);
    }

    private static final String NO_LONGER_HEADS = HEAD + " no longer heads " + OFFICE
            + ": the document must be observed and given a new signature plan";

    @Test
    void shouldRefuseToPrepareTheFinalSignatureOfAHeadMovedToAnotherOffice() {
        headMovedToDnAsAnEmployee();
        fixture.given(awaitingFinalSignature())
               .when(new PrepareSignatureCommand(DOC, HEAD))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage(NO_LONGER_HEADS);
    }

    @Test
    void shouldRefuseToRecordTheFinalSignatureOfAHeadMovedToAnotherOffice() {
        List<Object> numbered = new ArrayList<>(awaitingFinalSignature());
        numbered.add(numbered());
        headMovedToDnAsAnEmployee();
        fixture.given(numbered)
               .when(new RecordSignatureCommand(DOC, HEAD, SignatureRole.SIGNATURE, 2, pdf(3)))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage(NO_LONGER_HEADS);
    }

    @Test
    void shouldRefuseTheFinalSignatureOfADeactivatedHead() {
        directory.withFormerPerson(HEAD, OFFICE, PersonRole.EMPLOYEE, PersonRole.HEAD);
        fixture.given(awaitingFinalSignature())
               .when(new PrepareSignatureCommand(DOC, HEAD))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage(NO_LONGER_HEADS);
    }

    @Test
    void shouldRefuseTheVistoBuenoOfADeactivatedApprover() {
        directory.withFormerPerson(REVIEWER, OFFICE, PersonRole.EMPLOYEE);
        fixture.given(registered(), planned())
               .when(new PrepareSignatureCommand(DOC, REVIEWER))
               .expectNoEvents()
               .expectException(IllegalStateException.class)
               .expectExceptionMessage("the signer " + REVIEWER + " is no longer an active person of the entity");
    }

    @Test
    void shouldLetAnApproverMovedToAnotherOfficeGiveTheirVistoBueno() {
        directory.withPerson(REVIEWER, "40000004", "INACAL/DN", PersonRole.EMPLOYEE);
        fixture.given(registered(), planned())
               .when(new PrepareSignatureCommand(DOC, REVIEWER))
               .expectSuccessfulHandlerExecution();
    }

    // ---------------------------------------------------------------- commands of those who may not read

    private static DocumentRegisteredEvent registeredConfidential() {
        return new DocumentRegisteredEvent(DOC, DocumentType.INFORME, SUBJECT, OFFICE, AUTHOR, CONTENT, true);
    }

    /** Issued as confidential: registered so, approved, numbered and signed by the head. */
    private static List<Object> issuedConfidential() {
        List<Object> events = new ArrayList<>(issuedDocument());
        events.set(0, registeredConfidential());
        return events;
    }

    private static DocumentDerivedEvent derivedToDn() {
        return new DocumentDerivedEvent(DOC, "der-1", null, AUTHOR, RecipientKind.OFFICE, "INACAL/DN",
                DerivationAction.ATENDER, null, false, null);
    }

    @Test
    void shouldAnswerADraftChangeByAnotherOfficeAsIfTheDocumentDidNotExist() {
        fixture.given(registered())
               .when(new EditDraftCommand(DOC, OTHER_HEAD, "Asunto ajeno", List.of()))
               .expectNoEvents()
               .expectException(NotVisibleException.class);
    }

    @Test
    void shouldAnswerTheAnnulmentOfAnotherOfficesConfidentialDocumentAsIfItDidNotExist() {
        fixture.given(issuedConfidential())
               .when(new AnnulDocumentCommand(DOC, OTHER_HEAD, "Anulación ajena"))
               .expectNoEvents()
               .expectException(NotVisibleException.class);
    }

    @Test
    void shouldLetTheOfficeAConfidentialDocumentWasDerivedToReceiveIt() {
        List<Object> derived = new ArrayList<>(issuedConfidential());
        derived.add(derivedToDn());
        fixture.given(derived)
               .when(new ReceiveDerivationCommand(DOC, "der-1", OTHER_HEAD))
               .expectEvents(new DerivationReceivedEvent(DOC, "der-1", OTHER_HEAD));
    }

    @Test
    void shouldAnswerADeactivatedPersonOfTheOfficeAsIfTheDraftDidNotExist() {
        directory.withFormerPerson(REVIEWER, OFFICE, PersonRole.EMPLOYEE);
        fixture.given(registered())
               .when(new DiscardDraftCommand(DOC, REVIEWER))
               .expectNoEvents()
               .expectException(NotVisibleException.class);
    }
}
