package pe.ceropapel.command.directory;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static pe.ceropapel.command.Rules.require;

import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import pe.ceropapel.api.directory.AssignOfficeHeadCommand;
import pe.ceropapel.api.directory.CreateOfficeCommand;
import pe.ceropapel.api.directory.OfficeCreatedEvent;
import pe.ceropapel.api.directory.OfficeHeadAssignedEvent;
import pe.ceropapel.api.directory.OfficeRenamedEvent;
import pe.ceropapel.api.directory.RenameOfficeCommand;

/** An organisational unit (unidad orgánica) of the entity; its code appears in document numbers. */
@Aggregate
public class Office {

    /** Office codes look like {@code INACAL/DM}: upper-case segments separated by slashes. */
    public static final Pattern CODE = Pattern.compile("[A-Z0-9]+(/[A-Z0-9]+)*");
    static final int MAX_NAME_LENGTH = 200;

    @AggregateIdentifier
    private String code;

    protected Office() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Office(CreateOfficeCommand command, Directory directory) {
        require(command.code() != null && CODE.matcher(command.code()).matches(),
                "the office code must look like INACAL/DM");
        requireName(command.name());
        require(command.parentCode() == null || directory.office(command.parentCode()).isPresent(),
                "the parent office does not exist");
        apply(new OfficeCreatedEvent(command.code(), command.name().strip(), command.parentCode()));
    }

    @CommandHandler
    void handle(RenameOfficeCommand command) {
        requireName(command.name());
        apply(new OfficeRenamedEvent(code, command.name().strip()));
    }

    @CommandHandler
    void handle(AssignOfficeHeadCommand command, Directory directory) {
        require(directory.person(command.username()).filter(person -> person.mayHead(code)).isPresent(),
                "the head must be an active person of the office with the HEAD role");
        apply(new OfficeHeadAssignedEvent(code, command.username()));
    }

    private static void requireName(String name) {
        require(name != null && !name.isBlank(), "an office needs a name");
        require(name.length() <= MAX_NAME_LENGTH, "the office name is longer than %s characters", MAX_NAME_LENGTH);
    }

    @EventSourcingHandler
    void on(OfficeCreatedEvent event) {
        code = event.code();
    }
}
