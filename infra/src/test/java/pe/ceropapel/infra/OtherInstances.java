package pe.ceropapel.infra;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import pe.ceropapel.infra.embedded.EmbeddedElasticsearch;
import pe.ceropapel.infra.embedded.EmbeddedPostgresServer;
import pe.ceropapel.storage.S3Endpoint;

/**
 * Starts further instances of the application on the test context's PostgreSQL, Elasticsearch and
 * S3 server, configured as external engines, as a scaled-out deployment would run them.
 */
class OtherInstances {

    private final EmbeddedPostgresServer postgres;
    private final EmbeddedElasticsearch elasticsearch;
    private final S3Endpoint s3;
    private final Path dataDir;
    private final String firstInstanceUrl;

    /** @param firstInstanceUrl the test context's own URL: its development TSA time-stamps every instance's signatures */
    OtherInstances(EmbeddedPostgresServer postgres, EmbeddedElasticsearch elasticsearch, S3Endpoint s3, Path dataDir,
                   String firstInstanceUrl) {
        this.postgres = postgres;
        this.elasticsearch = elasticsearch;
        this.s3 = s3;
        this.dataDir = dataDir;
        this.firstInstanceUrl = firstInstanceUrl;
    }

    ConfigurableApplicationContext start(String... extraArguments) {
        return startReaching(elasticsearch.httpUri(), extraArguments);
    }

    /**
     * An instance with the test context's own data directory, so with its development PKI: the same
     * seal and signing keys, as instances that share a key store or a token in production.
     */
    ConfigurableApplicationContext startWithSameKeys(String... extraArguments) {
        return start(dataDir, elasticsearch.httpUri(), extraArguments);
    }

    /** An instance that reaches Elasticsearch at {@code elasticsearchUri}, such as through a proxy. */
    ConfigurableApplicationContext startReaching(URI elasticsearchUri, String... extraArguments) {
        return start(dataDir.resolve("instance-" + UUID.randomUUID()), elasticsearchUri, extraArguments);
    }

    private ConfigurableApplicationContext start(Path instanceDataDir, URI elasticsearchUri, String... extraArguments) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=" + postgres.jdbcUrl(),
                "--spring.datasource.username=" + postgres.user(),
                "--spring.elasticsearch.uris=" + elasticsearchUri,
                "--ceropapel.storage.endpoint=" + s3.url(),
                "--ceropapel.storage.access-key=" + s3.accessKey(),
                "--ceropapel.storage.secret-key=" + s3.secretKey(),
                "--ceropapel.storage.bucket=" + s3.bucket(),
                "--ceropapel.signature.tsa-url=" + firstInstanceUrl + "/pki/tsa",
                "--ceropapel.data-dir=" + instanceDataDir,
                // a development instance on the test's engines: the same demo logins as the first one
                "--ceropapel.security.demo-logins=true"));
        arguments.addAll(List.of(extraArguments));
        return new SpringApplicationBuilder(CeroPapelApplication.class)
                .run(arguments.toArray(String[]::new));
    }
}
