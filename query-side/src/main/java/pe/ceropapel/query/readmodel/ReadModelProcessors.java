package pe.ceropapel.query.readmodel;

import java.util.Set;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Tracking processors that project the event store into a given set of indices, besides the live
 * one: a rebuild's (from the first event), a benchmark's (from a given position). Their tokens live
 * in the shared token store under their own names.
 */
@Component
public class ReadModelProcessors {

    private final ReadModels readModels;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final TransactionManager transactionManager;

    ReadModelProcessors(ReadModels readModels, EventStore eventStore, TokenStore tokenStore,
                        TransactionManager transactionManager) {
        this.readModels = readModels;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.transactionManager = transactionManager;
    }

    /**
     * A processor (not started) that handles, in batches of {@code batchSize}, every event after
     * position {@code after} (-1 for all), and every later one until it is shut down.
     */
    public TrackingEventProcessor into(String name, ReadModelIndices target, long after, int batchSize) {
        return TrackingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                        .eventHandlers(readModels.projectionsInto(target))
                        .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                        .build())
                .messageSource(eventStore)
                .tokenStore(tokenStore)
                .transactionManager(transactionManager)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(batchSize)
                        .andInitialTrackingToken(source -> after < 0 ? source.createTailToken()
                                : GapAwareTrackingToken.newInstance(after, Set.of())))
                .build();
    }
}
