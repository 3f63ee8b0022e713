package pe.ceropapel.command.directory;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static pe.ceropapel.command.Rules.require;
import static pe.ceropapel.command.Rules.requireState;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
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

/**
 * A public servant of the entity: the office they work in, what they may do, and whether their
 * server-held signing key is locked after wrong PINs.
 */
@Aggregate
public class Person {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,39}");
    private static final Pattern DNI = Pattern.compile("\\d{8}");
    static final int MAX_NAME_LENGTH = 200;

    @AggregateIdentifier
    private String username;
    private boolean active;
    private int wrongPinsInARow;
    private boolean signingKeyLocked;

    protected Person() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Person(RegisterPersonCommand command, Directory directory) {
        require(command.username() != null && USERNAME.matcher(command.username()).matches(),
                "the username must be 3 to 40 lower-case letters, digits, dots, dashes or underscores");
        require(command.fullName() != null && !command.fullName().isBlank(), "a person needs a full name");
        require(command.fullName().length() <= MAX_NAME_LENGTH, "the full name is too long");
        require(command.dni() != null && DNI.matcher(command.dni()).matches(), "the DNI must have 8 digits");
        require(!directory.dniTakenByAnother(command.dni(), command.username()),
                "another person is registered with this DNI");
        requireOffice(command.officeCode(), directory);
        apply(new PersonRegisteredEvent(command.username(), command.fullName().strip(), command.dni(),
                command.officeCode(), withEmployee(command.roles())));
    }

    @CommandHandler
    void handle(ChangePersonAssignmentCommand command, Directory directory) {
        requireState(active, "the person is no longer active");
        requireOffice(command.officeCode(), directory);
        apply(new PersonAssignmentChangedEvent(username, command.officeCode(), withEmployee(command.roles())));
    }

    @CommandHandler
    void handle(DeactivatePersonCommand command) {
        require(!username.equals(command.deactivatedBy()), "an administrator cannot deactivate themself");
        requireState(active, "the person is no longer active");
        apply(new PersonDeactivatedEvent(username));
    }

    /**
     * Counts wrong PINs in a row and locks the key at the policy's limit, as a token would; a right
     * PIN clears the count. A locked key refuses every attempt, right or wrong.
     *
     * @return whether the key is locked after this attempt
     */
    @CommandHandler
    boolean handle(RecordSigningPinAttemptCommand command, SigningPinPolicy policy) {
        if (signingKeyLocked) {
            throw new SigningKeyLockedException(username);
        }
        if (command.correct()) {
            if (wrongPinsInARow > 0) {
                apply(new SigningPinAcceptedEvent(username));
            }
            return false;
        }
        apply(new WrongSigningPinEnteredEvent(username, wrongPinsInARow + 1));
        if (wrongPinsInARow >= policy.maxWrongPins()) {
            apply(new SigningKeyLockedEvent(username, wrongPinsInARow));
        }
        return signingKeyLocked;
    }

    @CommandHandler
    void handle(UnlockSigningKeyCommand command) {
        require(!username.equals(command.unlockedBy()), "an administrator cannot unlock their own signing key");
        requireState(signingKeyLocked, "the signing key of %s is not locked", username);
        apply(new SigningKeyUnlockedEvent(username, command.unlockedBy()));
    }

    private static void requireOffice(String officeCode, Directory directory) {
        require(officeCode != null && directory.office(officeCode).isPresent(), "the office does not exist");
    }

    /** Every person is an employee, whatever else they are. */
    private static Set<PersonRole> withEmployee(Set<PersonRole> roles) {
        Set<PersonRole> all = roles == null || roles.isEmpty() ? EnumSet.noneOf(PersonRole.class) : EnumSet.copyOf(roles);
        all.add(PersonRole.EMPLOYEE);
        return all;
    }

    @EventSourcingHandler
    void on(PersonRegisteredEvent event) {
        username = event.username();
        active = true;
    }

    @EventSourcingHandler
    void on(PersonDeactivatedEvent event) {
        active = false;
    }

    @EventSourcingHandler
    void on(WrongSigningPinEnteredEvent event) {
        wrongPinsInARow = event.wrongPinsInARow();
    }

    @EventSourcingHandler
    void on(SigningKeyLockedEvent event) {
        signingKeyLocked = true;
    }

    @EventSourcingHandler
    void on(SigningPinAcceptedEvent event) {
        wrongPinsInARow = 0;
    }

    @EventSourcingHandler
    void on(SigningKeyUnlockedEvent event) {
        signingKeyLocked = false;
        wrongPinsInARow = 0;
    }
}
