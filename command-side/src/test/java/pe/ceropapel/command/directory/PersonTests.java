package pe.ceropapel.command.directory;

import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.ceropapel.api.directory.ChangePersonAssignmentCommand;
import pe.ceropapel.api.directory.DeactivatePersonCommand;
import pe.ceropapel.api.directory.PersonAssignmentChangedEvent;
import pe.ceropapel.api.directory.PersonDeactivatedEvent;
import pe.ceropapel.api.directory.PersonRegisteredEvent;
import pe.ceropapel.api.directory.PersonRole;
import pe.ceropapel.api.directory.RecordSigningPinAttemptCommand;
import pe.ceropapel.api.directory.RegisterPersonCommand;
import pe.ceropapel.api.directory.SigningKeyLockedEvent;
import pe.ceropapel.api.directory.SigningKeyLockedException;
import pe.ceropapel.api.directory.SigningKeyUnlockedEvent;
import pe.ceropapel.api.directory.SigningPinAcceptedEvent;
import pe.ceropapel.api.directory.UnlockSigningKeyCommand;
import pe.ceropapel.api.directory.WrongSigningPinEnteredEvent;

class PersonTests {

    private static final PersonRegisteredEvent REGISTERED = new PersonRegisteredEvent("mquispe",
            "María Quispe", "40000002", "INACAL/DM", Set.of(PersonRole.EMPLOYEE));

    private AggregateTestFixture<Person> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Person.class);
        fixture.registerInjectableResource(new SigningPinPolicy(3));
        fixture.registerInjectableResource(new StubDirectory()
                .withOffice("INACAL/DM").withOffice("INACAL/DN")
                .withPerson("jperez", "40000001", "INACAL/DM", PersonRole.EMPLOYEE, PersonRole.HEAD));
    }

    private static RegisterPersonCommand register(String username, String dni, String office, PersonRole... roles) {
        return new RegisterPersonCommand(username, "María Quispe", dni, office, Set.of(roles));
    }

    @Test
    void shouldRegisterAPersonAlwaysAsEmployee() {
        fixture.givenNoPriorActivity()
               .when(register("mquispe", "40000002", "INACAL/DM"))
               .expectEvents(REGISTERED);
    }

    @Test
    void shouldKeepTheGivenRolesBesideEmployee() {
        fixture.givenNoPriorActivity()
               .when(register("mquispe", "40000002", "INACAL/DM", PersonRole.CLERK))
               .expectEvents(new PersonRegisteredEvent("mquispe", "María Quispe", "40000002", "INACAL/DM",
                       Set.of(PersonRole.EMPLOYEE, PersonRole.CLERK)));
    }

    @Test
    void shouldRefuseAMalformedUsername() {
        fixture.givenNoPriorActivity()
               .when(register("MQ", "40000002", "INACAL/DM"))
               .expectNoEvents().expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseADniWithoutEightDigits() {
        fixture.givenNoPriorActivity()
               .when(register("mquispe", "4000000", "INACAL/DM"))
               .expectNoEvents().expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the DNI must have 8 digits");
    }

    @Test
    void shouldRefuseADniOfAnotherPerson() {
        fixture.givenNoPriorActivity()
               .when(register("mquispe", "40000001", "INACAL/DM"))
               .expectNoEvents().expectException(IllegalArgumentException.class)
               .expectExceptionMessage("another person is registered with this DNI");
    }

    @Test
    void shouldRefuseAnUnknownOffice() {
        fixture.givenNoPriorActivity()
               .when(register("mquispe", "40000002", "INACAL/XX"))
               .expectNoEvents().expectException(IllegalArgumentException.class)
               .expectExceptionMessage("the office does not exist");
    }

    @Test
    void shouldRefuseABlankName() {
        fixture.givenNoPriorActivity()
               .when(new RegisterPersonCommand("mquispe", " ", "40000002", "INACAL/DM", Set.of()))
               .expectNoEvents().expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldMoveAPersonToAnotherOfficeWithNewRoles() {
        fixture.given(REGISTERED)
               .when(new ChangePersonAssignmentCommand("mquispe", "INACAL/DN", Set.of(PersonRole.HEAD)))
               .expectEvents(new PersonAssignmentChangedEvent("mquispe", "INACAL/DN",
                       Set.of(PersonRole.EMPLOYEE, PersonRole.HEAD)));
    }

    @Test
    void shouldRefuseAMoveToAnUnknownOffice() {
        fixture.given(REGISTERED)
               .when(new ChangePersonAssignmentCommand("mquispe", "INACAL/XX", Set.of()))
               .expectNoEvents().expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldDeactivateAPerson() {
        fixture.given(REGISTERED)
               .when(new DeactivatePersonCommand("mquispe", "admin"))
               .expectEvents(new PersonDeactivatedEvent("mquispe"));
    }

    @Test
    void shouldRefuseAnAdministratorDeactivatingThemself() {
        fixture.given(REGISTERED)
               .when(new DeactivatePersonCommand("mquispe", "mquispe"))
               .expectNoEvents().expectException(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseToDeactivateTwice() {
        fixture.given(REGISTERED, new PersonDeactivatedEvent("mquispe"))
               .when(new DeactivatePersonCommand("mquispe", "admin"))
               .expectNoEvents().expectException(IllegalStateException.class);
    }

    @Test
    void shouldRefuseToReassignAFormerPerson() {
        fixture.given(REGISTERED, new PersonDeactivatedEvent("mquispe"))
               .when(new ChangePersonAssignmentCommand("mquispe", "INACAL/DM", Set.of()))
               .expectNoEvents().expectException(IllegalStateException.class);
    }

    private static final WrongSigningPinEnteredEvent FIRST_WRONG_PIN = new WrongSigningPinEnteredEvent("mquispe", 1);
    private static final WrongSigningPinEnteredEvent SECOND_WRONG_PIN = new WrongSigningPinEnteredEvent("mquispe", 2);
    private static final SigningKeyLockedEvent LOCKED = new SigningKeyLockedEvent("mquispe", 3);

    @Test
    void shouldCountAWrongPinWithoutLockingBeforeTheLimit() {
        fixture.given(REGISTERED, FIRST_WRONG_PIN)
               .when(new RecordSigningPinAttemptCommand("mquispe", false))
               .expectEvents(SECOND_WRONG_PIN).expectResultMessagePayload(false);
    }

    @Test
    void shouldLockTheSigningKeyAtTheThirdWrongPinInARow() {
        fixture.given(REGISTERED, FIRST_WRONG_PIN, SECOND_WRONG_PIN)
               .when(new RecordSigningPinAttemptCommand("mquispe", false))
               .expectEvents(new WrongSigningPinEnteredEvent("mquispe", 3), LOCKED).expectResultMessagePayload(true);
    }

    @Test
    void shouldLockAtTheConfiguredLimit() {
        AggregateTestFixture<Person> strict = new AggregateTestFixture<>(Person.class);
        strict.registerInjectableResource(new SigningPinPolicy(1));
        strict.given(REGISTERED)
               .when(new RecordSigningPinAttemptCommand("mquispe", false))
               .expectEvents(FIRST_WRONG_PIN, new SigningKeyLockedEvent("mquispe", 1));
    }

    @Test
    void shouldRefuseEvenTheRightPinWhileLocked() {
        fixture.given(REGISTERED, FIRST_WRONG_PIN, SECOND_WRONG_PIN, new WrongSigningPinEnteredEvent("mquispe", 3),
                        LOCKED)
               .when(new RecordSigningPinAttemptCommand("mquispe", true))
               .expectNoEvents().expectException(SigningKeyLockedException.class);
    }

    @Test
    void shouldAcceptARightPinAfterWrongOnes() {
        fixture.given(REGISTERED, FIRST_WRONG_PIN, SECOND_WRONG_PIN)
               .when(new RecordSigningPinAttemptCommand("mquispe", true))
               .expectEvents(new SigningPinAcceptedEvent("mquispe"));
    }

    @Test
    void shouldCountFromZeroAfterARightPin() {
        fixture.given(REGISTERED, FIRST_WRONG_PIN, SECOND_WRONG_PIN, new SigningPinAcceptedEvent("mquispe"))
               .when(new RecordSigningPinAttemptCommand("mquispe", false))
               .expectEvents(FIRST_WRONG_PIN);
    }

    @Test
    void shouldRecordNothingForARightPinWithoutEarlierWrongOnes() {
        fixture.given(REGISTERED)
               .when(new RecordSigningPinAttemptCommand("mquispe", true))
               .expectNoEvents().expectSuccessfulHandlerExecution();
    }

    @Test
    void shouldLetAnAdministratorUnlockALockedKey() {
        fixture.given(REGISTERED, FIRST_WRONG_PIN, SECOND_WRONG_PIN, new WrongSigningPinEnteredEvent("mquispe", 3),
                        LOCKED)
               .when(new UnlockSigningKeyCommand("mquispe", "admin"))
               .expectEvents(new SigningKeyUnlockedEvent("mquispe", "admin"));
    }

    @Test
    void shouldCountFromZeroAfterAnUnlock() {
        fixture.given(REGISTERED, LOCKED, new SigningKeyUnlockedEvent("mquispe", "admin"))
               .when(new RecordSigningPinAttemptCommand("mquispe", false))
               .expectEvents(FIRST_WRONG_PIN);
    }

    @Test
    void shouldRefuseToUnlockAKeyThatIsNotLocked() {
        fixture.given(REGISTERED, FIRST_WRONG_PIN)
               .when(new UnlockSigningKeyCommand("mquispe", "admin"))
               .expectNoEvents().expectException(IllegalStateException.class);
    }

    @Test
    void shouldRefuseAnAdministratorUnlockingTheirOwnKey() {
        fixture.given(REGISTERED, LOCKED)
               .when(new UnlockSigningKeyCommand("mquispe", "mquispe"))
               .expectNoEvents().expectException(IllegalArgumentException.class);
    }
}
