package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.ceropapel.infra.embedded.EmbeddedPostgresServer;
import pe.ceropapel.signature.pdf.TestPdfs;
import pe.ceropapel.storage.ObjectStorage;

/**
 * PostgreSQL stops and starts again while documents are being registered: every request either
 * succeeds or is answered 503 with nothing recorded; afterwards the same application works again
 * without a restart, every acknowledged document is there once, in S3 and in the read models.
 */
class DatabaseRestartIntegrationTests extends EmbeddedApplicationTestBase {

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ObjectStorage storage;
    @Autowired
    private EmbeddedPostgresServer postgres;
    @Autowired
    private ElasticsearchClient elasticsearch;
    @Autowired
    private QueryGateway queries;

    @Test
    void shouldFailCleanlyWhilePostgresIsDownAndRecoverWithoutRestartingTheApplication() throws Exception {
        new TestDirectory(http).office("INACAL/DM", "Dirección de Metrología").person("mquispe", "20000002", "INACAL/DM");
        JsonApi api = new JsonApi(http);
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> load = writer.submit(() -> {
            for (int n = 0; writing.get(); n++) {
                ResponseEntity<Map> answer = api.upload("mquispe", "INFORME", "Informe bajo carga " + n, "INACAL/DM",
                        false, TestPdfs.withPages("Informe bajo carga número " + n + " " + System.nanoTime()));
                statuses.add(answer.getStatusCode().value());
                if (answer.getStatusCode() == HttpStatus.CREATED) {
                    acknowledged.add((String) answer.getBody().get("id"));
                }
            }
        });
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() >= 3);
            postgres.stop();
            ResponseEntity<Map> refused;
            try {
                refused = api.upload("mquispe", "INFORME", "Informe sin base de datos", "INACAL/DM", false,
                        TestPdfs.withPages("Informe sin base de datos"));
            } finally {
                postgres.startAgain();
            }
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(refused.getBody()).containsEntry("type", "urn:ceropapel:problem:database-unavailable");
            int before = acknowledged.size();
            await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= before + 3);
        } finally {
            writing.set(false);
        }
        load.get();
        writer.shutdown();

        System.out.printf("under load: %d created, %d refused with 503%n", statuses.stream().filter(s -> s == 201).count(),
                statuses.stream().filter(s -> s == 503).count());
        assertThat(statuses).as("every answer under load: created, or refused while the database was down")
                .allMatch(status -> status == 201 || status == 503);
        List<String> registered = jdbc.queryForList("SELECT aggregateidentifier FROM domainevententry "
                + "WHERE payloadtype = 'pe.ceropapel.api.document.DocumentRegisteredEvent'", String.class);
        assertThat(registered).containsAll(acknowledged).doesNotHaveDuplicates();
        Consistency consistency = new Consistency(jdbc, storage, elasticsearch, queries);
        consistency.assertObjectsIntact();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(consistency::assertEveryDocumentIndexedOnce);
    }
}
