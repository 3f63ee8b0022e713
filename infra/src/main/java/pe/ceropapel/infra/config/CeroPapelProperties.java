package pe.ceropapel.infra.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of our own under {@code ceropapel.*}.
 *
 * @param dataDir  where the embedded engines keep their data (default {@code ./data})
 * @param storage  the external S3 endpoint; when its endpoint is set, nothing embedded starts
 * @param embedded ports of the embedded engines; 0 chooses a free port
 */
@ConfigurationProperties("ceropapel")
public record CeroPapelProperties(@DefaultValue("./data") Path dataDir,
                                  @DefaultValue Storage storage,
                                  @DefaultValue Embedded embedded) {

    /** An external S3-compatible store such as MinIO. */
    public record Storage(String endpoint, String accessKey, String secretKey,
                          @DefaultValue("ceropapel") String bucket) {
    }

    /** Ports of the embedded engines. */
    public record Embedded(@DefaultValue("0") int postgresPort,
                           @DefaultValue("0") int elasticsearchPort,
                           @DefaultValue("0") int s3Port) {
    }
}
