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
 * A sequence of correlatives, such as the numbers of one office's reports in a year or the case
 * files of a year. Each number is an event in this aggregate's stream, so the event store's unique
 * (aggregate, sequence) key makes duplicates impossible, also between application instances: the
 * loser of a race is sent again on the new state.
 */
@Aggregate(cache = NumberingCacheConfiguration.NAME)
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
        require(command.seriesId() != null && !command.seriesId().isBlank(), "a series needs an id");
        require(command.holderId() != null && !command.holderId().isBlank(), "a number is taken for a holder");
        Long already = numbered.get(command.holderId());
        if (already != null) {
            return already;
        }
        apply(new NumberTakenEvent(command.seriesId(), last + 1, command.holderId()));
        return last;
    }

    @EventSourcingHandler
    void on(NumberTakenEvent event) {
        seriesId = event.seriesId();
        last = event.correlative();
        numbered.put(event.holderId(), event.correlative());
    }
}
