package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import pe.ceropapel.infra.embedded.EmbeddedPostgresServer;
import pe.ceropapel.signature.pdf.TestPdfs;
import pe.ceropapel.storage.S3Endpoint;

/**
 * The application configured for production (external PostgreSQL, Elasticsearch and S3, people
 * signing in with the entity's identity provider, the first administrator from the settings) keeps registering and discarding documents while its
 * Elasticsearch node is killed and kept away for a minute, under a workload that registers a document
 * every two seconds throughout; once the node is back the read models catch up with every event, each
 * once, and the event store holds every acknowledged document once.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class ElasticsearchOutageIntegrationTests extends EmbeddedApplicationTestBase {

    private static final String OFFICE = "INACAL/GG";
    private static final Duration OUTAGE = Duration.ofMinutes(1);

    @Autowired
    private EmbeddedPostgresServer postgres;
    @Autowired
    private S3Endpoint s3;
    @Autowired
    private JdbcTemplate jdbc;
    @TempDir
    Path elasticsearchHome;
    @TempDir
    Path dataDir;

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldKeepWorkingWhileElasticsearchIsDownAndCatchUpWithEveryEventOnceItIsBack() throws Exception {
        Path log = Files.createDirectories(Path.of("target")).resolve("elasticsearch-outage.log").toAbsolutePath();
        String database = "outage_" + System.nanoTime();
        jdbc.execute("CREATE DATABASE " + database);
        String databaseUrl = postgres.jdbcUrl().replaceAll("/[^/]+$", "/" + database);
        int elasticsearchPort = ApplicationProcess.webPort();
        ElasticsearchProcess elasticsearch = ElasticsearchProcess.start(elasticsearchHome, elasticsearchPort, log);
        try (TestIdentityProvider identities = new TestIdentityProvider();
             ApplicationProcess app = ApplicationProcess.start(dataDir, ApplicationProcess.webPort(), log,
                     "--spring.datasource.url=" + databaseUrl,
                     "--spring.datasource.username=" + postgres.user(),
                     "--spring.elasticsearch.uris=http://127.0.0.1:" + elasticsearchPort,
                     "--ceropapel.storage.endpoint=" + s3.url(), "--ceropapel.storage.access-key=" + s3.accessKey(),
                     "--ceropapel.storage.secret-key=" + s3.secretKey(), "--ceropapel.storage.bucket=" + database.replace('_', '-'),
                     "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + identities.issuer(),
                     "--ceropapel.first-administrator.username=admin",
                     "--ceropapel.first-administrator.full-name=Administrador del Sistema",
                     "--ceropapel.first-administrator.dni=10000000",
                     "--ceropapel.first-administrator.office-code=" + OFFICE,
                     "--ceropapel.first-administrator.office-name=Gerencia General")) {
            Api api = new Api(app, identities.accessToken("admin"));
            String marker = "corte" + System.nanoTime();
            String before = api.register("Informe antes del corte " + marker);
            String draft = api.register("Borrador que se descarta durante el corte");
            awaitFound(api, marker, List.of(before));

            List<String> all = new ArrayList<>(List.of(before));
            UploadWorkload workload = new UploadWorkload(api::upload, Duration.ofSeconds(2));
            try {
                workload.awaitAcknowledged(2);
                long killed = System.nanoTime();
                elasticsearch.kill();
                for (int i = 1; i <= 3; i++) {
                    all.add(api.register("Informe durante el corte " + i + " " + marker));
                }
                HttpResponse<String> discarded = api.post("/api/documents/" + draft + "/discard", "{}");
                assertThat(discarded.statusCode()).as(discarded.body()).isEqualTo(204);
                HttpResponse<String> search = api.get("/api/search?q=" + marker);
                assertThat(search.statusCode()).as("searching while the index is down").isEqualTo(503);
                assertThat(json.readValue(search.body(), Map.class).get("detail").toString()).contains("búsqueda");
                // Elasticsearch stays away for a minute while the workload goes on
                Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - killed) / 1_000_000));

                elasticsearch = ElasticsearchProcess.start(elasticsearchHome, elasticsearchPort, log);
                long back = System.nanoTime();
                awaitFound(api, marker, all);
                System.out.printf("found every document %d ms after Elasticsearch answered again%n",
                        (System.nanoTime() - back) / 1_000_000);
                workload.awaitAcknowledged(2);
            } finally {
                workload.close();
            }
            workload.assertEveryAnswerCreated();
            SingleConnectionDataSource outageDatabase = new SingleConnectionDataSource(databaseUrl, postgres.user(), "",
                    true);
            try {
                workload.assertNothingLostOrDuplicated(new JdbcTemplate(outageDatabase));
            } finally {
                outageDatabase.destroy();
            }
            awaitFound(api, workload.marker(), workload.acknowledged());
            all.addAll(workload.acknowledged());
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertThat(api.timeline(draft)).containsExactlyInAnyOrder("REGISTERED", "CASE_OPENED", "DISCARDED"));
            for (String id : all) {
                assertThat(api.timeline(id)).containsExactlyInAnyOrder("REGISTERED", "CASE_OPENED");
            }
        } finally {
            elasticsearch.close();
        }
    }

    private void awaitFound(Api api, String marker, List<String> ids) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            HttpResponse<String> found = api.get("/api/search?size=100&q=" + marker);
            assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
            List<Map<String, Object>> hits = (List<Map<String, Object>>) json.readValue(found.body(), Map.class)
                    .get("hits");
            assertThat(hits).extracting(hit -> hit.get("documentId")).containsExactlyInAnyOrderElementsOf(ids);
        });
    }

    /** The application's API with a bearer token of the identity provider. */
    private final class Api {

        private final ApplicationProcess app;
        private final String token;

        Api(ApplicationProcess app, String token) {
            this.app = app;
            this.token = token;
        }

        String register(String subject) throws Exception {
            HttpResponse<String> created = send(subject);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            return (String) json.readValue(created.body(), Map.class).get("id");
        }

        /** A registration as the workload sends it, answered whatever it is. */
        UploadWorkload.Answer upload(String subject, int n) throws Exception {
            HttpResponse<String> answer = send(subject + " " + n);
            Map body = json.readValue(answer.body(), Map.class);
            return new UploadWorkload.Answer(answer.statusCode(), (String) body.get("type"),
                    answer.statusCode() == 201 ? (String) body.get("id") : null);
        }

        private HttpResponse<String> send(String subject) throws Exception {
            String boundary = UUID.randomUUID().toString();
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                    + "Content-Type: application/json\r\n\r\n{\"type\":\"INFORME\",\"subject\":\"" + subject
                    + "\",\"office\":\"" + OFFICE + "\"}\r\n--" + boundary + "\r\nContent-Disposition: form-data; "
                    + "name=\"file\"; filename=\"informe.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes();
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
            return client.send(request("/api/documents")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                            HttpRequest.BodyPublishers.ofByteArray(TestPdfs.withPages(subject)),
                            HttpRequest.BodyPublishers.ofByteArray(tail))).build(), HttpResponse.BodyHandlers.ofString());
        }

        List<Object> timeline(String id) throws Exception {
            HttpResponse<String> answer = get("/api/documents/" + id + "/timeline");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            return json.readValue(answer.body(), List.class).stream().map(step -> ((Map) step).get("action")).toList();
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
            return client.send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(app.url() + path)).header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(30));
        }
    }
}
