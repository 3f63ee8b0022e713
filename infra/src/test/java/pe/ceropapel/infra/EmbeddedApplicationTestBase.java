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
import pe.ceropapel.storage.S3Endpoint;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Starts the whole application once per test JVM on real embedded engines, with a fresh data
 * directory and a small upload limit. Subclasses share the same application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"ceropapel.sample-data=false", "ceropapel.upload.max-size=2MB",
                // deadlines fire only in the instances that the deadline test starts for that purpose
                "db-scheduler.polling-interval=1h",
                // the public endpoints' limit is tested on an instance of its own; here tests share one address
                "ceropapel.public.requests-per-minute=1000", "ceropapel.public.failed-lookups-per-tracking-code=1000",
                // likewise wrong passwords: throttling is tested on an instance of its own
                "ceropapel.security.login.failures-per-address=1000",
                "ceropapel.security.login.failures-per-username=1000",
                // deliveries to other entities are retried within seconds, not minutes
                "ceropapel.interop.first-retry=PT1S", "ceropapel.interop.longest-wait=PT3S",
                // a projection that stops moving while events wait is reported within seconds
                "ceropapel.projection.stalled-after=PT10S", "ceropapel.projection.stall-check-interval=PT1S",
                // Peru's trusted list stays the shipped copy: tests never download it from INDECOPI
                "ceropapel.signature.trusted-list-first-download=PT24H"})
@Import(EmbeddedApplicationTestBase.Instances.class)
abstract class EmbeddedApplicationTestBase {

    /**
     * Further application instances on this context's engines, for tests of scaled-out behaviour. A
     * plain {@code @Bean} holder, not a configuration, so that component scanning never picks it up.
     */
    static class Instances {

        @Bean
        OtherInstances otherInstances(EmbeddedPostgresServer postgres, EmbeddedElasticsearch elasticsearch,
                                      S3Endpoint s3) {
            return new OtherInstances(postgres, elasticsearch, s3, DATA_DIR, "http://127.0.0.1:" + PORT);
        }
    }

    static final long UPLOAD_LIMIT = 2L * 1024 * 1024;
    private static final Path DATA_DIR = createDataDir();

    /** The demo PIN of development signing keys. */
    static final String PIN = "123456";
    /** A port known before start: the development PKI writes its CRL and TSA URLs into certificates. */
    private static final int PORT = ApplicationProcess.webPort();

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ceropapel.data-dir", DATA_DIR::toString);
        registry.add("server.port", () -> PORT);
        registry.add("ceropapel.signature.public-url", () -> "http://127.0.0.1:" + PORT);
    }

    /** Where the test context's application answers, as a browser reaches it. */
    static String baseUrl() {
        return "http://127.0.0.1:" + PORT;
    }

    static Path dataDir() {
        return DATA_DIR;
    }

    private static Path createDataDir() {
        try {
            // under target/ so that the build's clean removes it
            // a directory of its own: integration tests run in more than one JVM at a time
            Path runs = Files.createDirectories(Path.of("target", "it-data"));
            Path dataDir = Files.createTempDirectory(runs, "run-").toAbsolutePath();
            Files.delete(dataDir);
            return dataDir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
