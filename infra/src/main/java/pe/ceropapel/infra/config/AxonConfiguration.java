package pe.ceropapel.infra.config;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pe.ceropapel.frontend.audit.AuditMetadataInterceptor;

/**
 * Axon wiring: who sent each command and from where ({@link AuditMetadataInterceptor}, registered on
 * the command gateway by Axon's auto-configuration) is copied into the metadata of every event the
 * command causes (DESIGN invariant 4).
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider auditCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(AuditMetadataInterceptor.USER, AuditMetadataInterceptor.ADDRESS);
    }
}
