package pe.ceropapel.infra.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Signing on the signer's own computer, under {@code ceropapel.client-signing.*}.
 *
 * @param certificateFilter the regular expression by which the local client offers certificates
 * @param firmaPeru         the entity's access to Firma Perú's platform; without a client id, the local
 *                          client is our signer-agent
 */
@ConfigurationProperties("ceropapel.client-signing")
public record ClientSigningProperties(@DefaultValue(".*FIR.*|.*FAU.*") String certificateFilter,
                                      @DefaultValue FirmaPeru firmaPeru) {

    /** The PCM's credentials file of the entity, and the platform's addresses. */
    public record FirmaPeru(String clientId, String clientSecret,
                            @DefaultValue("https://apps.firmaperu.gob.pe/admin/api/security/generate-token")
                            String tokenUrl,
                            @DefaultValue("https://apps.firmaperu.gob.pe/web/clienteweb/firmaperu.min.js")
                            String scriptUrl) {
    }
}
