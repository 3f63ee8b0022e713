package pe.ceropapel.infra.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import pe.ceropapel.command.intake.IntakeSettings;

/**
 * Settings of our own under {@code ceropapel.*}.
 *
 * @param dataDir  where the embedded engines keep their data (default {@code ./data})
 * @param storage  the external S3 endpoint; when its endpoint is set, nothing embedded starts
 * @param embedded ports of the embedded engines; 0 chooses a free port
 * @param interop  how messages to other entities are retried
 * @param objects  when stored objects that no event refers to are removed
 * @param projection when the read models' projection counts as stalled
 * @param indexing how much of a PDF's text is extracted for search
 * @param annexes  the annex formats the entity accepts (extensions or media types)
 * @param firstAdministrator the person registered as administrator while the directory is empty
 */
@ConfigurationProperties("ceropapel")
public record CeroPapelProperties(@DefaultValue("./data") Path dataDir,
                                  @DefaultValue Storage storage,
                                  @DefaultValue Embedded embedded,
                                  @DefaultValue Interop interop,
                                  @DefaultValue Objects objects,
                                  @DefaultValue Projection projection,
                                  @DefaultValue Indexing indexing,
                                  @DefaultValue Annexes annexes,
                                  FirstAdministrator firstAdministrator) {

    /** The first retry of an undelivered message, the longest wait between two, and one attempt's timeout. */
    public record Interop(@DefaultValue("PT10S") Duration firstRetry,
                          @DefaultValue("PT30M") Duration longestWait,
                          @DefaultValue("PT30S") Duration timeout) {
    }

    /** How long an unreferenced object is kept after it was stored, and how often they are collected. */
    public record Objects(@DefaultValue("PT24H") Duration gracePeriod,
                          @DefaultValue("PT6H") Duration collectionInterval) {
    }

    /** How long the projection's position may stand still while events wait before health says DOWN. */
    public record Projection(@DefaultValue("PT5M") Duration stalledAfter) {
    }

    /** The pages and characters of a PDF's text that are indexed, and how long extracting it may take. */
    public record Indexing(@DefaultValue("1000") int maxPages,
                           @DefaultValue("1000000") int maxChars,
                           @DefaultValue("30") long timeoutSeconds) {
    }

    /** Without a list, {@link IntakeSettings#DEFAULT_ACCEPTED_ANNEXES}. */
    public record Annexes(List<String> accepted) {

        public List<String> acceptedOrDefault() {
            return accepted == null || accepted.isEmpty() ? IntakeSettings.DEFAULT_ACCEPTED_ANNEXES : accepted;
        }
    }

    /** Who is registered, and in which top office, when nobody is. */
    public record FirstAdministrator(String username, String fullName, String dni, String officeCode,
                                     String officeName) {
    }

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
