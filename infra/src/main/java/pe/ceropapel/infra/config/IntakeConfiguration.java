package pe.ceropapel.infra.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pe.ceropapel.command.clientsigning.ClientSigningSettings;
import pe.ceropapel.command.intake.IntakeSettings;

/** The settings of the intake and of signing on the signer's computer, from their typed properties. */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    IntakeSettings intakeSettings(IntakeProperties intake) {
        return new IntakeSettings(intake.office());
    }

    @Bean
    ClientSigningSettings clientSigningSettings(ClientSigningProperties clientSigning) {
        return new ClientSigningSettings(clientSigning.certificateFilter());
    }
}
