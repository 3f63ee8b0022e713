package pe.ceropapel.infra.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The entity's intake, under {@code ceropapel.intake.*}.
 *
 * @param office the office whose mesa de partes receives what citizens and other entities send
 */
@ConfigurationProperties("ceropapel.intake")
public record IntakeProperties(@DefaultValue("INACAL/GG") String office) {
}
