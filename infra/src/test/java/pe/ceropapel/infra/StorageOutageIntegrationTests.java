package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.ceropapel.infra.embedded.EmbeddedS3Server;
import pe.ceropapel.signature.pdf.TestPdfs;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.Sha256;

/**
 * The S3 server stops while documents are being registered: uploads are answered 503
 * {@code storage-unavailable} with a Spanish explanation, and nothing of them is recorded or stored;
 * once it is back, everything works without restarting the application, every acknowledged document
 * is registered once (none lost, none duplicated), every event's objects are intact and every
 * document is indexed once.
 */
class StorageOutageIntegrationTests extends EmbeddedApplicationTestBase {

    private static final String STORAGE_UNAVAILABLE = "urn:ceropapel:problem:storage-unavailable";

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ObjectStorage storage;
    @Autowired
    private EmbeddedS3Server s3;
    @Autowired
    private ElasticsearchClient elasticsearch;
    @Autowired
    private QueryGateway queries;

    @Test
    void shouldRefuseUploadsWhileTheObjectStoreIsDownAndRecoverWhenItIsBack() throws Exception {
        new TestDirectory(http).office("INACAL/DM", "Dirección de Metrología").person("mquispe", "20000002", "INACAL/DM");
        JsonApi api = new JsonApi(http);
        byte[] pdf = TestPdfs.withPages("Informe de metrología legal durante una caída del almacenamiento");
        UploadWorkload workload = new UploadWorkload(api.workload("mquispe", "INACAL/DM"), Duration.ofMillis(100));
        ResponseEntity<Map> refused;
        try {
            workload.awaitAcknowledged(3);
            s3.stop();
            try {
                refused = api.upload("mquispe", "INFORME", "Informe durante la caída", "INACAL/DM", false, pdf);
                workload.awaitRefused(3, STORAGE_UNAVAILABLE);
            } finally {
                s3.startAgain();
            }
            workload.awaitAcknowledged(3);
        } finally {
            workload.close();
        }

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(refused.getBody()).containsEntry("type", STORAGE_UNAVAILABLE);
        assertThat((String) refused.getBody().get("detail")).startsWith("El almacenamiento de documentos no está disponible");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry "
                + "WHERE convert_from(payload, 'UTF8')::json ->> 'subject' = 'Informe durante la caída'", Long.class))
                .as("no event for the refused upload").isZero();
        assertThat(storage.exists("sha256/" + Sha256.of(pdf))).as("no object of the refused upload").isFalse();
        workload.assertEveryAnswerCreatedOrRefusedWith(STORAGE_UNAVAILABLE);
        workload.assertNothingLostOrDuplicated(jdbc);

        ResponseEntity<Map> accepted = api.upload("mquispe", "INFORME", "Informe después de la caída", "INACAL/DM",
                false, pdf);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(storage.exists("sha256/" + Sha256.of(pdf))).isTrue();
        Consistency consistency = new Consistency(jdbc, storage, elasticsearch, queries);
        assertThat(consistency.assertObjectsIntact()).isPositive();
        await().atMost(Duration.ofSeconds(90)).untilAsserted(consistency::assertEveryDocumentIndexedOnce);
    }
}
