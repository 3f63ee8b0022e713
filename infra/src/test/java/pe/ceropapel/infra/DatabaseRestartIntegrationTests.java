package pe.ceropapel.infra;

import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.ceropapel.infra.embedded.EmbeddedPostgresServer;
import pe.ceropapel.storage.ObjectStorage;

/**
 * PostgreSQL stops and starts again while documents are being registered: every request either
 * succeeds or is answered 503 {@code database-unavailable} with nothing recorded; afterwards the same
 * application works again without a restart, every acknowledged document is there once (none lost,
 * none duplicated), in S3 and in the read models.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseRestartIntegrationTests extends EmbeddedApplicationTestBase {

    private static final String DATABASE_UNAVAILABLE = "urn:ceropapel:problem:database-unavailable";

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
    void shouldFailCleanlyWhilePostgresIsDownAndRecoverWithoutRestartingTheApplication(CapturedOutput output)
            throws Exception {
        new TestDirectory(http).office("INACAL/DM", "Dirección de Metrología").person("mquispe", "20000002", "INACAL/DM");
        JsonApi api = new JsonApi(http);
        UploadWorkload workload = new UploadWorkload(api.workload("mquispe", "INACAL/DM"), Duration.ZERO);
        try {
            workload.awaitAcknowledged(3);
            postgres.stop();
            try {
                workload.awaitRefused(1, DATABASE_UNAVAILABLE);
            } finally {
                postgres.startAgain();
            }
            workload.awaitAcknowledged(3);
        } finally {
            workload.close();
        }

        try {
            workload.assertEveryAnswerCreatedOrRefusedWith(DATABASE_UNAVAILABLE);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nWhat the server logged as unexpected:\n" + unexpected(output), e);
        }
        workload.assertNothingLostOrDuplicated(jdbc);
        Consistency consistency = new Consistency(jdbc, storage, elasticsearch, queries);
        consistency.assertObjectsIntact();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(consistency::assertEveryDocumentIndexedOnce);
    }

    /** The first unexpected error the server logged, with the first lines of its causes. */
    private static String unexpected(CapturedOutput output) {
        String log = output.getOut();
        int start = log.indexOf("Unexpected error" + System.lineSeparator());
        return start < 0 ? "(nothing)" : log.substring(start, Math.min(log.length(), start + 6_000));
    }
}
