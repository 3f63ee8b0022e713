package pe.ceropapel.infra.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pe.ceropapel.command.interop.InteropSettings;

/** Who we are to other entities (the seal's RUC and name) and how the outbox retries deliveries. */
@Configuration(proxyBeanMethods = false)
class InteropConfiguration {

    @Bean
    InteropSettings interopSettings(SignatureProperties signature, CeroPapelProperties properties) {
        CeroPapelProperties.Interop interop = properties.interop();
        return new InteropSettings(signature.entityRuc(), signature.entityName(), interop.firstRetry(),
                interop.longestWait(), interop.timeout());
    }
}
