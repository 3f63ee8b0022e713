package pe.ceropapel.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import pe.ceropapel.infra.embedded.EmbeddedElasticsearch;
import pe.ceropapel.infra.embedded.EmbeddedPostgresServer;
import pe.ceropapel.signature.DocumentSigner;
import pe.ceropapel.storage.S3Endpoint;
import pe.ceropapel.storage.ObjectStorage;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Starts the whole application once per test JVM on real embedded engines, with a fresh data
 * directory and a small upload limit. Subclasses share the same application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ceropapel.sample-data=false", "ceropapel.upload.max-size=2MB",
                // deadlines fire only in the instances that the deadline test starts for that purpose
                "db-scheduler.polling-interval=1h"})
@Import({EmbeddedApplicationTestBase.Signing.class, EmbeddedApplicationTestBase.Instances.class})
abstract class EmbeddedApplicationTestBase {

    /**
     * The PAdES signer is another issue's work; until then signatures use the stand-in. Plain
     * {@code @Bean} holders, not configurations, so that component scanning never picks them up.
     */
    static class Signing {

        @Bean
        DocumentSigner standInSigner(ObjectStorage storage) {
            return new StandInSigner(storage);
        }

    }

    /** Further application instances on this context's engines, for tests of scaled-out behaviour. */
    static class Instances {

        @Bean
        OtherInstances otherInstances(EmbeddedPostgresServer postgres, EmbeddedElasticsearch elasticsearch,
                                      S3Endpoint s3) {
            return new OtherInstances(postgres, elasticsearch, s3, DATA_DIR);
        }
    }

    static final long UPLOAD_LIMIT = 2L * 1024 * 1024;
    private static final Path DATA_DIR = createDataDir();

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ceropapel.data-dir", DATA_DIR::toString);
    }

    static Path dataDir() {
        return DATA_DIR;
    }

    private static Path createDataDir() {
        try {
            // under target/ so that the build's clean removes it
            return Files.createDirectories(Path.of("target", "it-data")).resolve("run-" + System.currentTimeMillis())
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
