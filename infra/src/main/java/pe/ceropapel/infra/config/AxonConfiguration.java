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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pe.ceropapel.frontend.audit.AuditMetadataInterceptor;
import pe.ceropapel.frontend.problem.WriteConflicts;

/**
 * Axon wiring: who sent each command and from where ({@link AuditMetadataInterceptor}, registered on
 * the command gateway by Axon's auto-configuration) is copied into the metadata of every event the
 * command causes (DESIGN invariant 4).
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    static final int CONFLICT_RETRIES = 10;
    static final int CONFLICT_RETRY_INTERVAL_MILLIS = 20;

    /**
     * Commands that lose a race with another instance (the event store's unique key refuses their
     * events) are sent again on the new state, a few times; any other failure is final at once.
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

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider auditCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(AuditMetadataInterceptor.USER, AuditMetadataInterceptor.OFFICE,
                AuditMetadataInterceptor.ADDRESS);
    }
}
