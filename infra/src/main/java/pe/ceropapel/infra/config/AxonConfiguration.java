package pe.ceropapel.infra.config;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.queryhandling.LoggingQueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryBusSpanFactory;
import org.axonframework.queryhandling.QueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pe.ceropapel.api.idempotency.IdempotentCommands;
import pe.ceropapel.frontend.audit.AuditMetadataInterceptor;
import pe.ceropapel.frontend.problem.WriteConflicts;

/**
 * Axon wiring: who sent each command and from where ({@link AuditMetadataInterceptor}, registered on
 * the command gateway by Axon's auto-configuration) is copied into the metadata of every event the
 * command causes (DESIGN invariant 4), with the request key of a repeatable API request.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    static final int CONFLICT_RETRIES = 25;
    static final int CONFLICT_RETRY_INTERVAL_MILLIS = 20;

    /**
     * Commands that lose a race with another instance (the event store's unique key refuses their
     * events) are sent again on the new state, up to 25 times (half a second of waiting): a burst of
     * signatures on one numbering series from two instances made one lose ten times in a row. The
     * interval stays short and fixed because a command creating an aggregate whose id exists also
     * fails on the unique key, and no retry can change that. Any other failure is final at once.
     */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus) {
        ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(IntervalRetryScheduler.builder()
                        .retryExecutor(retries)
                        .retryInterval(CONFLICT_RETRY_INTERVAL_MILLIS)
                        .maxRetryCount(CONFLICT_RETRIES)
                        .nonTransientFailurePredicate(failure -> !WriteConflicts.isConflict(failure))
                        .build())
                .build();
    }

    /**
     * A failing event handler stops its processor instead of skipping the event: a tracking processor
     * (the projections) retries it with back-off until it succeeds; a subscribing one (the directory
     * tables) fails the command that published the event.
     */
    @Bean
    ConfigurerModule propagateEventHandlerErrors() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }

    /**
     * The query bus, as Axon's auto-configuration makes it, but without a transaction manager: a
     * query only reads (Elasticsearch, or tables through auto-committing JDBC), so it must not hold a
     * database connection for its whole duration. With one, every citizen's tracking lookup kept a
     * pooled connection while it searched Elasticsearch, and under load requests queued for the pool.
     */
    @Bean
    SimpleQueryBus queryBus(org.axonframework.config.Configuration axon) {
        return SimpleQueryBus.builder()
                .messageMonitor(axon.messageMonitor(QueryBus.class, "queryBus"))
                .errorHandler(axon.getComponent(QueryInvocationErrorHandler.class,
                        () -> LoggingQueryInvocationErrorHandler.builder().build()))
                .queryUpdateEmitter(axon.getComponent(QueryUpdateEmitter.class))
                .spanFactory(axon.getComponent(QueryBusSpanFactory.class))
                .build();
    }

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider auditCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(AuditMetadataInterceptor.USER, AuditMetadataInterceptor.OFFICE,
                AuditMetadataInterceptor.ADDRESS, IdempotentCommands.REQUEST_KEY);
    }
}
