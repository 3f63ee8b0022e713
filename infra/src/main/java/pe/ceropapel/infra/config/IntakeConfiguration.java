package pe.ceropapel.infra.config;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pe.ceropapel.command.clientsigning.ClientSigningSettings;
import pe.ceropapel.command.intake.IntakeSettings;
import pe.ceropapel.frontend.signature.FirmaPeruSettings;
import pe.ceropapel.frontend.signature.FirmaPeruTokens;
import pe.ceropapel.query.document.IndexingLimits;

/** The settings of the intake, of indexing and of signing on the signer's computer, from their typed properties. */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    IntakeSettings intakeSettings(IntakeProperties intake, CeroPapelProperties properties) {
        return new IntakeSettings(intake.office(), properties.annexes().acceptedOrDefault());
    }

    @Bean
    IndexingLimits indexingLimits(CeroPapelProperties properties) {
        CeroPapelProperties.Indexing indexing = properties.indexing();
        return new IndexingLimits(indexing.maxPages(), indexing.maxChars(), Duration.ofSeconds(indexing.timeoutSeconds()));
    }

    @Bean
    ClientSigningSettings clientSigningSettings(ClientSigningProperties clientSigning) {
        return new ClientSigningSettings(clientSigning.certificateFilter());
    }

    @Bean
    FirmaPeruSettings firmaPeruSettings(ClientSigningProperties clientSigning) {
        ClientSigningProperties.FirmaPeru firmaPeru = clientSigning.firmaPeru();
        return new FirmaPeruSettings(firmaPeru.clientId(), firmaPeru.clientSecret(), firmaPeru.tokenUrl(),
                firmaPeru.scriptUrl());
    }

    @Bean
    FirmaPeruTokens firmaPeruTokens(FirmaPeruSettings settings, Clock clock) {
        return new FirmaPeruTokens(settings, clock);
    }
}
