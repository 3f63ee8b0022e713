package pe.ceropapel.command.numbering;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static pe.ceropapel.command.Rules.require;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import pe.ceropapel.api.numbering.NumberTakenEvent;
import pe.ceropapel.api.numbering.TakeNextNumberCommand;

/**
 * The correlatives of one office, document type and year. Each number is an event in this
 * aggregate's stream, so the event store's unique (aggregate, sequence) key makes duplicates
 * impossible, also between application instances: the loser of a race retries on the new state.
 */
@Aggregate
public class NumberingSeries {

    @AggregateIdentifier
    private String seriesId;
    private long last;
    private final Map<String, Long> numbered = new HashMap<>();

    protected NumberingSeries() {
        // created by its first command, rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(TakeNextNumberCommand command) {
        require(command.officeCode() != null && command.type() != null && command.documentId() != null,
                "a number is taken for an office, a document type and a document");
        require(command.year() >= 2000 && command.year() <= 9999, "the year must have four digits");
        require(TakeNextNumberCommand.seriesId(command.officeCode(), command.type(), command.year())
                .equals(command.seriesId()), "the series id does not match its office, type and year");
        Long already = numbered.get(command.documentId());
        if (already != null) {
            return already;
        }
        apply(new NumberTakenEvent(command.seriesId(), command.officeCode(), command.type(), command.year(),
                last + 1, command.documentId()));
        return last;
    }

    @EventSourcingHandler
    void on(NumberTakenEvent event) {
        seriesId = event.seriesId();
        last = event.correlative();
        numbered.put(event.documentId(), event.correlative());
    }
}
