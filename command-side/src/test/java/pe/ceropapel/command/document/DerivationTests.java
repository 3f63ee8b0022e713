package pe.ceropapel.command.document;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.ceropapel.api.derivation.ArchiveDerivationCommand;
import pe.ceropapel.api.derivation.AttendDerivationCommand;
import pe.ceropapel.api.derivation.DerivationAction;
import pe.ceropapel.api.derivation.DerivationArchivedEvent;
import pe.ceropapel.api.derivation.DerivationAttendedEvent;
import pe.ceropapel.api.derivation.DerivationOverdueEvent;
import pe.ceropapel.api.derivation.DerivationReceivedEvent;
import pe.ceropapel.api.derivation.DerivationReturnedEvent;
import pe.ceropapel.api.derivation.DerivationTarget;
import pe.ceropapel.api.derivation.DeriveDocumentCommand;
import pe.ceropapel.api.derivation.DocumentDerivedEvent;
import pe.ceropapel.api.derivation.ReceiveDerivationCommand;
import pe.ceropapel.api.derivation.RecipientKind;
import pe.ceropapel.api.derivation.ReturnDerivationCommand;
import pe.ceropapel.api.directory.PersonRole;
import pe.ceropapel.api.document.AcceptExternalDocumentCommand;
import pe.ceropapel.api.document.AnnulDocumentCommand;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.DocumentAnnulledEvent;
import pe.ceropapel.api.document.DocumentIssuedEvent;
import pe.ceropapel.api.document.DocumentNumber;
import pe.ceropapel.api.document.DocumentRegisteredEvent;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.command.directory.StubDirectory;

class DerivationTests {

    private static final String SHA = "b".repeat(64);
    private static final ContentRef CONTENT = new ContentRef("sha256/" + SHA, SHA, 100, 1);
    private static final DocumentNumber NUMBER = new DocumentNumber("INACAL/DM|OFICIO|2026", 7, 2026,
            "OFICIO N° 000007-2026-INACAL/DM");
    private static final LocalDate DUE = LocalDate.of(2026, 12, 4);

    private AggregateTestFixture<Document> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Document.class);
        fixture.registerInjectableResource(new StubDirectory()
                .withOffice("INACAL/DM").withOffice("INACAL/DN").withOffice("INACAL/DA")
                .withPerson("jperez", "10000001", "INACAL/DM", PersonRole.EMPLOYEE, PersonRole.HEAD)
                .withPerson("mquispe", "10000002", "INACAL/DM", PersonRole.EMPLOYEE)
                .withPerson("lrojas", "10000003", "INACAL/DN", PersonRole.EMPLOYEE, PersonRole.HEAD)
                .withPerson("pvega", "10000004", "INACAL/DN", PersonRole.EMPLOYEE)
                .withPerson("rhuaman", "10000005", "INACAL/DA", PersonRole.EMPLOYEE, PersonRole.HEAD)
                .withFormerPerson("exempleado", "INACAL/DA", PersonRole.EMPLOYEE));
    }

    private static Object[] issued() {
        return new Object[] {
                new DocumentRegisteredEvent("doc", DocumentType.OFICIO, "Oficio", "INACAL/DM", "mquispe", CONTENT),
                new DocumentIssuedEvent("doc", NUMBER)};
    }

    private static DerivationTarget toOffice(String id, String office, LocalDate due) {
        return new DerivationTarget(id, RecipientKind.OFFICE, office, DerivationAction.ATENDER, due, false);
    }

    private static DocumentDerivedEvent derived(String id, String parent, String by, String office, LocalDate due) {
        return new DocumentDerivedEvent("doc", id, parent, by, RecipientKind.OFFICE, office, DerivationAction.ATENDER,
                due, false, "Para su atención");
    }

    private static DeriveDocumentCommand derive(String actor, String parent, DerivationTarget... targets) {
        return new DeriveDocumentCommand("doc", actor, parent, List.of(targets), "Para su atención");
    }

    @Test
    void shouldDeriveAnIssuedDocumentToTwoOfficesAndScheduleTheirDueDates() {
        fixture.given(issued())
               .when(derive("mquispe", null, toOffice("d1", "INACAL/DN", DUE), toOffice("d2", "INACAL/DA", DUE)))
               .expectEvents(derived("d1", null, "mquispe", "INACAL/DN", DUE),
                       derived("d2", null, "mquispe", "INACAL/DA", DUE))
               .expectScheduledDeadlineWithName(Document.endOfDay(DUE), Document.OVERDUE_DEADLINE);
    }

    @Test
    void shouldSendACopyForInformationWithoutDueDate() {
        DerivationTarget copy = new DerivationTarget("c1", RecipientKind.PERSON, "rhuaman",
                DerivationAction.CONOCIMIENTO, null, true);
        fixture.given(issued())
               .when(derive("jperez", null, copy))
               .expectEvents(new DocumentDerivedEvent("doc", "c1", null, "jperez", RecipientKind.PERSON, "rhuaman",
                       DerivationAction.CONOCIMIENTO, null, true, "Para su atención"))
               .expectNoScheduledDeadlines();
    }

    @Test
    void shouldRefuseACopyThatAsksForAction() {
        fixture.given(issued())
               .when(derive("jperez", null, new DerivationTarget("c1", RecipientKind.OFFICE, "INACAL/DN",
                       DerivationAction.ATENDER, null, true)))
               .expectNoEvents().expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseToDeriveADraft() {
        fixture.given(new DocumentRegisteredEvent("doc", DocumentType.OFICIO, "Oficio", "INACAL/DM", "mquispe", CONTENT))
               .when(derive("mquispe", null, toOffice("d1", "INACAL/DN", null)))
               .expectNoEvents().expectException(IllegalStateException.class);
    }

    @Test
    void shouldRefuseADerivationByAnotherOffice() {
        fixture.given(issued())
               .when(derive("lrojas", null, toOffice("d1", "INACAL/DA", null)))
               .expectNoEvents().expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseAnUnknownOrFormerRecipient() {
        fixture.given(issued())
               .when(derive("mquispe", null, toOffice("d1", "INACAL/XX", null)))
               .expectNoEvents().expectException(IllegalArgumentException.class);
        fixture.given(issued())
               .when(derive("mquispe", null, new DerivationTarget("d1", RecipientKind.PERSON, "exempleado",
                       DerivationAction.ATENDER, null, false)))
               .expectNoEvents().expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseTheSameRecipientTwiceAndAnEmptyList() {
        fixture.given(issued())
               .when(derive("mquispe", null, toOffice("d1", "INACAL/DN", null), toOffice("d2", "INACAL/DN", null)))
               .expectNoEvents().expectException(IllegalArgumentException.class);
        fixture.given(issued())
               .when(derive("mquispe", null))
               .expectNoEvents().expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseAReusedDerivationId() {
        fixture.given(issued()).andGiven(derived("d1", null, "mquispe", "INACAL/DN", null))
               .when(derive("mquispe", null, toOffice("d1", "INACAL/DA", null)))
               .expectNoEvents().expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldLetAPersonOfTheRecipientOfficeReceiveIt() {
        fixture.given(issued()).andGiven(derived("d1", null, "mquispe", "INACAL/DN", DUE))
               .when(new ReceiveDerivationCommand("doc", "d1", "pvega"))
               .expectEvents(new DerivationReceivedEvent("doc", "d1", "pvega"));
    }

    @Test
    void shouldRefuseAReceiptByAnotherOffice() {
        fixture.given(issued()).andGiven(derived("d1", null, "mquispe", "INACAL/DN", DUE))
               .when(new ReceiveDerivationCommand("doc", "d1", "rhuaman"))
               .expectNoEvents().expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseASecondReceipt() {
        fixture.given(issued()).andGiven(derived("d1", null, "mquispe", "INACAL/DN", DUE),
                        new DerivationReceivedEvent("doc", "d1", "pvega"))
               .when(new ReceiveDerivationCommand("doc", "d1", "lrojas"))
               .expectNoEvents().expectException(IllegalStateException.class);
    }

    @Test
    void shouldAttendAReceivedDerivationNamingTheAnswer() {
        fixture.given(issued()).andGiven(derived("d1", null, "mquispe", "INACAL/DN", DUE),
                        new DerivationReceivedEvent("doc", "d1", "pvega"))
               .when(new AttendDerivationCommand("doc", "d1", "lrojas", "respuesta-1", "Atendido con informe"))
               .expectEvents(new DerivationAttendedEvent("doc", "d1", "lrojas", "respuesta-1", "Atendido con informe"));
    }

    @Test
    void shouldRefuseToAttendBeforeReceiving() {
        fixture.given(issued()).andGiven(derived("d1", null, "mquispe", "INACAL/DN", DUE))
               .when(new AttendDerivationCommand("doc", "d1", "lrojas", null, null))
               .expectNoEvents().expectException(IllegalStateException.class);
    }

    @Test
    void shouldReturnWithAReason() {
        fixture.given(issued()).andGiven(derived("d2", null, "mquispe", "INACAL/DA", DUE))
               .when(new ReturnDerivationCommand("doc", "d2", "rhuaman", " No corresponde a esta dirección "))
               .expectEvents(new DerivationReturnedEvent("doc", "d2", "rhuaman", "No corresponde a esta dirección"));
    }

    @Test
    void shouldRefuseAReturnWithoutReasonOrAfterClosing() {
        fixture.given(issued()).andGiven(derived("d2", null, "mquispe", "INACAL/DA", DUE))
               .when(new ReturnDerivationCommand("doc", "d2", "rhuaman", " "))
               .expectNoEvents().expectException(IllegalArgumentException.class);
        fixture.given(issued()).andGiven(derived("d2", null, "mquispe", "INACAL/DA", DUE),
                        new DerivationReturnedEvent("doc", "d2", "rhuaman", "No corresponde"))
               .when(new ReturnDerivationCommand("doc", "d2", "rhuaman", "Otra vez"))
               .expectNoEvents().expectException(IllegalStateException.class);
    }

    @Test
    void shouldArchiveOnlyAReceivedDerivation() {
        fixture.given(issued()).andGiven(derived("d1", null, "mquispe", "INACAL/DN", null),
                        new DerivationReceivedEvent("doc", "d1", "pvega"))
               .when(new ArchiveDerivationCommand("doc", "d1", "pvega"))
               .expectEvents(new DerivationArchivedEvent("doc", "d1", "pvega"));
        fixture.given(issued()).andGiven(derived("d1", null, "mquispe", "INACAL/DN", null))
               .when(new ArchiveDerivationCommand("doc", "d1", "pvega"))
               .expectNoEvents().expectException(IllegalStateException.class);
    }

    @Test
    void shouldLetTheRecipientDeriveFurther() {
        fixture.given(issued()).andGiven(derived("d1", null, "mquispe", "INACAL/DN", null),
                        new DerivationReceivedEvent("doc", "d1", "lrojas"))
               .when(derive("lrojas", "d1", toOffice("d3", "INACAL/DA", null)))
               .expectEvents(derived("d3", "d1", "lrojas", "INACAL/DA", null));
    }

    @Test
    void shouldRefuseToDeriveFurtherBeforeReceivingOrByAnother() {
        fixture.given(issued()).andGiven(derived("d1", null, "mquispe", "INACAL/DN", null))
               .when(derive("lrojas", "d1", toOffice("d3", "INACAL/DA", null)))
               .expectNoEvents().expectException(IllegalStateException.class);
        fixture.given(issued()).andGiven(derived("d1", null, "mquispe", "INACAL/DN", null),
                        new DerivationReceivedEvent("doc", "d1", "lrojas"))
               .when(derive("rhuaman", "d1", toOffice("d3", "INACAL/DA", null)))
               .expectNoEvents().expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldRaiseOverdueWhenTheDueDatePassesWhileOpen() {
        fixture.given(issued()).andGiven(derived("d1", null, "mquispe", "INACAL/DN", DUE))
               .andGivenCurrentTime(Document.endOfDay(DUE).minus(Duration.ofDays(3)))
               .when(derive("mquispe", null, toOffice("d2", "INACAL/DA", DUE)))
               .expectEvents(derived("d2", null, "mquispe", "INACAL/DA", DUE));
        fixture.whenThenTimeElapses(Duration.ofDays(3).plusSeconds(1))
               .expectTriggeredDeadlinesWithName(Document.OVERDUE_DEADLINE)
               .expectEvents(derived("d2", null, "mquispe", "INACAL/DA", DUE),
                       new DerivationOverdueEvent("doc", "d2", DUE));
    }

    @Test
    void shouldNotRaiseOverdueForAnAttendedDerivation() {
        fixture.given(issued())
               .andGivenCommands(derive("mquispe", null, toOffice("d1", "INACAL/DN", DUE)),
                       new ReceiveDerivationCommand("doc", "d1", "pvega"),
                       new AttendDerivationCommand("doc", "d1", "pvega", null, "Listo"))
               .whenTimeAdvancesTo(Document.endOfDay(DUE).plusSeconds(1))
               .expectNoEvents();
    }

    @Test
    void shouldAcceptAnExternalDocumentAsIssuedSoThatItCanBeDerived() {
        fixture.given(new DocumentRegisteredEvent("doc", DocumentType.SOLICITUD, "Solicitud", "INACAL/DM",
                        "mesa-de-partes-virtual", CONTENT))
               .when(new AcceptExternalDocumentCommand("doc"))
               .expectEvents(new DocumentIssuedEvent("doc", null));
        fixture.given(new DocumentRegisteredEvent("doc", DocumentType.SOLICITUD, "Solicitud", "INACAL/DM",
                        "mesa-de-partes-virtual", CONTENT), new DocumentIssuedEvent("doc", null))
               .when(derive("mquispe", null, toOffice("d1", "INACAL/DN", null)))
               .expectEvents(derived("d1", null, "mquispe", "INACAL/DN", null));
    }

    @Test
    void shouldRefuseToAcceptADocumentTwice() {
        fixture.given(issued())
               .when(new AcceptExternalDocumentCommand("doc"))
               .expectNoEvents().expectException(IllegalStateException.class);
    }

    @Test
    void shouldRefuseToDeriveAnAnnulledDocumentAndNotRaiseItsDueDates() {
        fixture.given(issued()).andGiven(new DocumentAnnulledEvent("doc", "jperez", "Error"))
               .when(derive("mquispe", null, toOffice("d1", "INACAL/DN", null)))
               .expectNoEvents().expectException(IllegalStateException.class)
               .expectExceptionMessage("an annulled document cannot be derived");
        fixture.given(issued())
               .andGivenCommands(derive("mquispe", null, toOffice("d1", "INACAL/DN", DUE)),
                       new AnnulDocumentCommand("doc", "jperez", "Error material"))
               .whenTimeAdvancesTo(Document.endOfDay(DUE).plusSeconds(1))
               .expectNoEvents();
    }
}
