package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
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
 * The S3 server stops: uploads are answered 503 with a Spanish explanation and nothing is recorded;
 * once it is back, everything works without restarting the application, and every event's objects
 * are intact and every document is indexed once.
 */
class StorageOutageIntegrationTests extends EmbeddedApplicationTestBase {

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
        long events = events();

        s3.stop();
        ResponseEntity<Map> refused;
        try {
            refused = api.upload("mquispe", "INFORME", "Informe durante la caída", "INACAL/DM", false, pdf);
        } finally {
            s3.startAgain();
        }

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(refused.getBody()).containsEntry("type", "urn:ceropapel:problem:storage-unavailable");
        assertThat((String) refused.getBody().get("detail")).startsWith("El almacenamiento de documentos no está disponible");
        assertThat(events()).as("no event for the refused upload").isEqualTo(events);

        ResponseEntity<Map> accepted = api.upload("mquispe", "INFORME", "Informe después de la caída", "INACAL/DM",
                false, pdf);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(storage.exists("sha256/" + Sha256.of(pdf))).isTrue();
        Consistency consistency = new Consistency(jdbc, storage, elasticsearch, queries);
        assertThat(consistency.assertObjectsIntact()).isPositive();
        consistency.assertEveryDocumentIndexedOnce();
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }
}
