package pe.ceropapel.infra.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Signing on the signer's own computer, under {@code ceropapel.client-signing.*}.
 *
 * @param certificateFilter the regular expression by which the local client offers certificates
 */
@ConfigurationProperties("ceropapel.client-signing")
public record ClientSigningProperties(@DefaultValue(".*FIR.*|.*FAU.*") String certificateFilter) {
}
