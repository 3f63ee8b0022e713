package pe.ceropapel.command.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.ceropapel.api.access.NotVisibleException;
import pe.ceropapel.api.casefile.AddDocumentToCaseFileCommand;
import pe.ceropapel.api.casefile.Applicant;
import pe.ceropapel.api.casefile.CaseFileOpenedEvent;
import pe.ceropapel.api.casefile.CaseOrigin;
import pe.ceropapel.api.casefile.DocumentAddedToCaseFileEvent;
import pe.ceropapel.api.casefile.IdentityDocumentType;
import pe.ceropapel.api.casefile.OpenCaseFileCommand;
import pe.ceropapel.api.casefile.TrackingCode;

class CaseFileTests {

    private static final String CODE = TrackingCode.of(2026, 4217);
    private static final String KEY_HASH = AccessKeys.sha256("ABCDEFGH23");
    private static final Applicant CITIZEN = new Applicant(IdentityDocumentType.DNI, "45678912", "Rosa Mendoza",
            "rosa.mendoza@example.pe");

    private AggregateTestFixture<CaseFile> fixture;

    /** doc-1 (the citizen's request) was derived to INACAL/DN: its people take part in the case file. */
    private static final CaseFileParticipation DERIVED_TO_DN = (document, username, office) ->
            document.equals("doc-1") && "INACAL/DN".equals(office);

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CaseFile.class);
        fixture.registerInjectableResource(DERIVED_TO_DN);
    }

    /** A document registered by the mesa de partes (INACAL/GG), the office that holds the case file. */
    private static AddDocumentToCaseFileCommand filedByTheMesaDePartes(String documentId) {
        return new AddDocumentToCaseFileCommand("case-1", documentId, "cmesa", "INACAL/GG");
    }

    private static OpenCaseFileCommand open(CaseOrigin origin, Applicant applicant) {
        return new OpenCaseFileCommand("case-1", CODE, KEY_HASH, "Solicitud de calibración", origin, applicant,
                "INACAL/GG", "doc-1");
    }

    private static CaseFileOpenedEvent opened(CaseOrigin origin, Applicant applicant) {
        return new CaseFileOpenedEvent("case-1", CODE, KEY_HASH, "Solicitud de calibración", origin, applicant,
                "INACAL/GG", "doc-1");
    }

    @Test
    void shouldOpenACitizensCaseFile() {
        fixture.givenNoPriorActivity()
               .when(open(CaseOrigin.CITIZEN, CITIZEN))
               .expectEvents(opened(CaseOrigin.CITIZEN, CITIZEN));
    }

    @Test
    void shouldOpenAnInternalCaseFileWithoutApplicant() {
        fixture.givenNoPriorActivity()
               .when(open(CaseOrigin.INTERNAL, null))
               .expectEvents(opened(CaseOrigin.INTERNAL, null));
    }

    @Test
    void shouldOpenACompanysCaseFileWithItsRuc() {
        Applicant company = new Applicant(IdentityDocumentType.RUC, "20123456789", "Metrología S.A.C.", "mesa@metro.pe");
        fixture.givenNoPriorActivity()
               .when(open(CaseOrigin.CITIZEN, company))
               .expectEvents(opened(CaseOrigin.CITIZEN, company));
    }

    @Test
    void shouldRefuseACitizensCaseWithoutApplicant() {
        fixture.givenNoPriorActivity()
               .when(open(CaseOrigin.CITIZEN, null))
               .expectNoEvents().expectException(IllegalArgumentException.class)
               .expectExceptionMessage("a case from outside the entity needs its applicant");
    }

    @Test
    void shouldRefuseAMalformedDni() {
        fixture.givenNoPriorActivity()
               .when(open(CaseOrigin.CITIZEN, new Applicant(IdentityDocumentType.DNI, "4567891", "Rosa", "r@x.pe")))
               .expectNoEvents().expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the DNI must have 8 digits");
    }

    @Test
    void shouldRefuseARucWithAnUnknownPrefix() {
        fixture.givenNoPriorActivity()
               .when(open(CaseOrigin.CITIZEN, new Applicant(IdentityDocumentType.RUC, "30123456789", "X", "x@x.pe")))
               .expectNoEvents().expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseAnInvalidEmail() {
        fixture.givenNoPriorActivity()
               .when(open(CaseOrigin.CITIZEN, new Applicant(IdentityDocumentType.DNI, "45678912", "Rosa", "rosa@")))
               .expectNoEvents().expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseATrackingCodeWithAWrongCheckDigit() {
        String wrong = CODE.substring(0, CODE.length() - 1) + (char) ('0' + (CODE.charAt(CODE.length() - 1) - '0' + 1) % 10);
        fixture.givenNoPriorActivity()
               .when(new OpenCaseFileCommand("case-1", wrong, KEY_HASH, "Asunto", CaseOrigin.INTERNAL, null,
                       "INACAL/GG", "doc-1"))
               .expectNoEvents().expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseAPlainAccessKey() {
        fixture.givenNoPriorActivity()
               .when(new OpenCaseFileCommand("case-1", CODE, "ABCDEFGH23", "Asunto", CaseOrigin.INTERNAL, null,
                       "INACAL/GG", "doc-1"))
               .expectNoEvents().expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the access key must be given as its SHA-256");
    }

    @Test
    void shouldFileAFurtherDocumentOnce() {
        fixture.given(opened(CaseOrigin.CITIZEN, CITIZEN))
               .when(filedByTheMesaDePartes("doc-2"))
               .expectEvents(new DocumentAddedToCaseFileEvent("case-1", "doc-2"));
        fixture.given(opened(CaseOrigin.CITIZEN, CITIZEN), new DocumentAddedToCaseFileEvent("case-1", "doc-2"))
               .when(filedByTheMesaDePartes("doc-2"))
               .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void shouldNotFileTheFirstDocumentAgain() {
        fixture.given(opened(CaseOrigin.CITIZEN, CITIZEN))
               .when(filedByTheMesaDePartes("doc-1"))
               .expectNoEvents();
    }

    @Test
    void shouldLetAnOfficeThatADocumentOfTheCaseFileWasDerivedToFileItsAnswer() {
        fixture.given(opened(CaseOrigin.CITIZEN, CITIZEN))
               .when(new AddDocumentToCaseFileCommand("case-1", "doc-2", "lrojas", "INACAL/DN"))
               .expectEvents(new DocumentAddedToCaseFileEvent("case-1", "doc-2"));
    }

    @Test
    void shouldAnswerAnOfficeOutsideTheCitizensCaseFileAsIfItDidNotExist() {
        fixture.given(opened(CaseOrigin.CITIZEN, CITIZEN))
               .when(new AddDocumentToCaseFileCommand("case-1", "doc-2", "mquispe", "INACAL/DM"))
               .expectNoEvents()
               .expectException(NotVisibleException.class);
    }

    @Test
    void shouldAnswerAnOfficeOutsideAnInternalCaseFileAsIfItDidNotExist() {
        fixture.given(opened(CaseOrigin.INTERNAL, null))
               .when(new AddDocumentToCaseFileCommand("case-1", "doc-2", "jperez", "INACAL/DM"))
               .expectNoEvents()
               .expectException(NotVisibleException.class);
    }

    @Test
    void shouldRefuseAFilerWithoutOffice() {
        fixture.given(opened(CaseOrigin.INTERNAL, null))
               .when(new AddDocumentToCaseFileCommand("case-1", "doc-2", "exempleado", null))
               .expectNoEvents()
               .expectException(NotVisibleException.class);
    }
}
