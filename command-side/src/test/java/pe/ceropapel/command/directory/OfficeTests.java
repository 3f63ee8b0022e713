package pe.ceropapel.command.directory;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.ceropapel.api.directory.AssignOfficeHeadCommand;
import pe.ceropapel.api.directory.CreateOfficeCommand;
import pe.ceropapel.api.directory.OfficeCreatedEvent;
import pe.ceropapel.api.directory.OfficeHeadAssignedEvent;
import pe.ceropapel.api.directory.OfficeRenamedEvent;
import pe.ceropapel.api.directory.PersonRole;
import pe.ceropapel.api.directory.RenameOfficeCommand;

class OfficeTests {

    private static final OfficeCreatedEvent CREATED =
            new OfficeCreatedEvent("INACAL/DM", "Dirección de Metrología", "INACAL/PE");

    private AggregateTestFixture<Office> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Office.class);
        fixture.registerInjectableResource(new StubDirectory()
                .withOffice("INACAL/PE").withOffice("INACAL/DM")
                .withPerson("jperez", "40000001", "INACAL/DM", PersonRole.EMPLOYEE, PersonRole.HEAD)
                .withPerson("mquispe", "40000002", "INACAL/DM", PersonRole.EMPLOYEE)
                .withPerson("lrojas", "40000003", "INACAL/DN", PersonRole.EMPLOYEE, PersonRole.HEAD)
                .withFormerPerson("exjefe", "INACAL/DM", PersonRole.EMPLOYEE, PersonRole.HEAD));
    }

    @Test
    void shouldCreateAnOfficeUnderAnExistingParent() {
        fixture.givenNoPriorActivity()
               .when(new CreateOfficeCommand("INACAL/DM", "  Dirección de Metrología ", "INACAL/PE"))
               .expectEvents(CREATED);
    }

    @Test
    void shouldCreateATopOfficeWithoutParent() {
        fixture.givenNoPriorActivity()
               .when(new CreateOfficeCommand("INACAL/PE", "Presidencia Ejecutiva", null))
               .expectEvents(new OfficeCreatedEvent("INACAL/PE", "Presidencia Ejecutiva", null));
    }

    @Test
    void shouldRefuseAMalformedCode() {
        fixture.givenNoPriorActivity()
               .when(new CreateOfficeCommand("inacal-dm", "Dirección", null))
               .expectNoEvents().expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseAnUnknownParent() {
        fixture.givenNoPriorActivity()
               .when(new CreateOfficeCommand("INACAL/XX", "Oficina", "INACAL/NOPE"))
               .expectNoEvents().expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the parent office does not exist");
    }

    @Test
    void shouldRefuseABlankName() {
        fixture.givenNoPriorActivity()
               .when(new CreateOfficeCommand("INACAL/XX", " ", null))
               .expectNoEvents().expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldRenameAnOffice() {
        fixture.given(CREATED)
               .when(new RenameOfficeCommand("INACAL/DM", "Dirección de Metrología Legal"))
               .expectEvents(new OfficeRenamedEvent("INACAL/DM", "Dirección de Metrología Legal"));
    }

    @Test
    void shouldRefuseANameLongerThanTheLimit() {
        fixture.given(CREATED)
               .when(new RenameOfficeCommand("INACAL/DM", "x".repeat(Office.MAX_NAME_LENGTH + 1)))
               .expectNoEvents().expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldAssignAHeadOfTheOfficeWithTheHeadRole() {
        fixture.given(CREATED)
               .when(new AssignOfficeHeadCommand("INACAL/DM", "jperez"))
               .expectEvents(new OfficeHeadAssignedEvent("INACAL/DM", "jperez"));
    }

    @Test
    void shouldAssignTheSameHeadAgainAfterTheDirectoryLostIt() {
        fixture.given(CREATED, new OfficeHeadAssignedEvent("INACAL/DM", "jperez"))
               .when(new AssignOfficeHeadCommand("INACAL/DM", "jperez"))
               .expectEvents(new OfficeHeadAssignedEvent("INACAL/DM", "jperez"));
    }

    @Test
    void shouldRefuseAHeadWithoutTheHeadRole() {
        fixture.given(CREATED)
               .when(new AssignOfficeHeadCommand("INACAL/DM", "mquispe"))
               .expectNoEvents().expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseAHeadFromAnotherOffice() {
        fixture.given(CREATED)
               .when(new AssignOfficeHeadCommand("INACAL/DM", "lrojas"))
               .expectNoEvents().expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseAFormerPersonAsHead() {
        fixture.given(CREATED)
               .when(new AssignOfficeHeadCommand("INACAL/DM", "exjefe"))
               .expectNoEvents().expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseAnUnknownPersonAsHead() {
        fixture.given(CREATED)
               .when(new AssignOfficeHeadCommand("INACAL/DM", "nadie"))
               .expectNoEvents().expectException(IllegalArgumentException.class);
    }
}
