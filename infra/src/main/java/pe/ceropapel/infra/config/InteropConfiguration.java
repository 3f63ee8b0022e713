package pe.ceropapel.infra.config;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pe.ceropapel.command.interop.InteropSettings;

/** Who we are to other entities (the seal's RUC and name) and how the outbox retries deliveries. */
@Configuration(proxyBeanMethods = false)
class InteropConfiguration {

    @Bean
    InteropSettings interopSettings(SignatureProperties signature,
                                    @Value("${ceropapel.interop.first-retry:PT10S}") Duration firstRetry,
                                    @Value("${ceropapel.interop.longest-wait:PT30M}") Duration longestWait,
                                    @Value("${ceropapel.interop.timeout:PT30S}") Duration timeout) {
        return new InteropSettings(signature.entityRuc(), signature.entityName(), firstRetry, longestWait, timeout);
    }
}
