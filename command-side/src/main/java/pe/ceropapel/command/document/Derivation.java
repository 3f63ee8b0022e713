package pe.ceropapel.command.document;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static pe.ceropapel.command.Rules.require;
import static pe.ceropapel.command.Rules.requireState;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;
import pe.ceropapel.api.derivation.ArchiveDerivationCommand;
import pe.ceropapel.api.derivation.AttendDerivationCommand;
import pe.ceropapel.api.derivation.DerivationArchivedEvent;
import pe.ceropapel.api.derivation.DerivationAttendedEvent;
import pe.ceropapel.api.derivation.DerivationOverdueEvent;
import pe.ceropapel.api.derivation.DerivationReceivedEvent;
import pe.ceropapel.api.derivation.DerivationReturnedEvent;
import pe.ceropapel.api.derivation.DerivationState;
import pe.ceropapel.api.derivation.DocumentDerivedEvent;
import pe.ceropapel.api.derivation.ReceiveDerivationCommand;
import pe.ceropapel.api.derivation.RecipientKind;
import pe.ceropapel.api.interop.ExternalActors;
import pe.ceropapel.api.derivation.ReturnDerivationCommand;
import pe.ceropapel.command.directory.Directory;

/** One recipient's copy of a derived document: received, attended, derived further, returned or archived. */
class Derivation {

    @EntityId
    private final String derivationId;
    private final RecipientKind kind;
    private final String recipient;
    private final LocalDate dueDate;
    private DerivationState state = DerivationState.PENDING;
    private boolean overdue;

    Derivation(DocumentDerivedEvent event) {
        derivationId = event.derivationId();
        kind = event.kind();
        recipient = event.recipient();
        dueDate = event.dueDate();
    }

    @CommandHandler
    void handle(ReceiveDerivationCommand command, Directory directory) {
        requireState(state == DerivationState.PENDING, "the derivation was already received or closed");
        requireRecipient(command.actor(), directory);
        apply(new DerivationReceivedEvent(command.documentId(), derivationId, command.actor()));
    }

    @CommandHandler
    void handle(AttendDerivationCommand command, Directory directory) {
        requireState(state == DerivationState.RECEIVED, "only a received derivation can be attended");
        requireRecipient(command.actor(), directory);
        require(command.comment() == null || command.comment().length() <= Document.MAX_TEXT_LENGTH, "the comment is too long");
        apply(new DerivationAttendedEvent(command.documentId(), derivationId, command.actor(),
                command.answeringDocumentId(), command.comment()));
    }

    @CommandHandler
    void handle(ReturnDerivationCommand command, Directory directory) {
        requireState(state.isOpen(), "the derivation is already closed");
        requireRecipient(command.actor(), directory);
        require(command.reason() != null && !command.reason().isBlank(), "a reason is needed");
        require(command.reason().length() <= Document.MAX_TEXT_LENGTH, "the reason is too long");
        apply(new DerivationReturnedEvent(command.documentId(), derivationId, command.actor(), command.reason().strip()));
    }

    @CommandHandler
    void handle(ArchiveDerivationCommand command, Directory directory) {
        requireState(state == DerivationState.RECEIVED, "only a received derivation can be archived");
        requireRecipient(command.actor(), directory);
        apply(new DerivationArchivedEvent(command.documentId(), derivationId, command.actor()));
    }

    /**
     * Whether the person may act on this derivation: its addressee, or an active person of its office;
     * for a derivation to another entity, that entity (through its cargo).
     */
    boolean isRecipient(String actor, Directory directory) {
        if (kind == RecipientKind.ENTITY) {
            return ExternalActors.entity(recipient).equals(actor);
        }
        return directory.person(actor)
                .filter(Directory.PersonEntry::active)
                .filter(person -> kind == RecipientKind.PERSON
                        ? person.username().equals(recipient)
                        : person.officeCode().equals(recipient))
                .isPresent();
    }

    private void requireRecipient(String actor, Directory directory) {
        require(isRecipient(actor, directory), "%s is not a recipient of this derivation", actor);
    }

    String derivationId() {
        return derivationId;
    }

    DerivationState state() {
        return state;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    boolean isOverdue() {
        return overdue;
    }

    void derivedFurther() {
        state = DerivationState.DERIVED;
    }

    /** Equal state, so that Axon's test fixture can compare a rebuilt aggregate with the working one. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Derivation that && derivationId.equals(that.derivationId) && kind == that.kind
                && recipient.equals(that.recipient) && Objects.equals(dueDate, that.dueDate) && state == that.state
                && overdue == that.overdue;
    }

    @Override
    public int hashCode() {
        return derivationId.hashCode();
    }

    @EventSourcingHandler
    void on(DerivationReceivedEvent event) {
        state = DerivationState.RECEIVED;
    }

    @EventSourcingHandler
    void on(DerivationAttendedEvent event) {
        state = DerivationState.ATTENDED;
    }

    @EventSourcingHandler
    void on(DerivationReturnedEvent event) {
        state = DerivationState.RETURNED;
    }

    @EventSourcingHandler
    void on(DerivationArchivedEvent event) {
        state = DerivationState.ARCHIVED;
    }

    @EventSourcingHandler
    void on(DerivationOverdueEvent event) {
        overdue = true;
    }
}
