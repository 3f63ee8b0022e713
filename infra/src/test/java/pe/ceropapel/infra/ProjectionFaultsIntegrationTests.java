package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.ReplaceContentCommand;
import pe.ceropapel.query.readmodel.ProjectionProgress;
import pe.ceropapel.query.readmodel.ReadModelIndices;
import pe.ceropapel.query.readmodel.ReadModels;
import pe.ceropapel.signature.pdf.TestPdfs;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.S3Endpoint;
import pe.ceropapel.storage.Sha256;

/**
 * The projection of the read models is everyone's: a document whose stored PDF is missing or
 * damaged is indexed without its text and marked, and the events after it are projected; a
 * projection that stops moving while events wait makes the health endpoint say so.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class ProjectionFaultsIntegrationTests extends EmbeddedApplicationTestBase {

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private CommandGateway commands;
    @Autowired
    private ElasticsearchClient elasticsearch;
    @Autowired
    private ProjectionProgress progress;
    @Autowired
    private MeterRegistry meters;
    @Autowired
    private S3Endpoint s3;

    private JsonApi api;

    @BeforeEach
    void setUp() {
        new TestDirectory(http).office("INACAL/DM", "Dirección de Metrología").person("mquispe", "20000002", "INACAL/DM");
        api = new JsonApi(http);
    }

    @Test
    void shouldProjectLaterEventsWhenAReferencedPdfIsMissingOrDamaged() throws Exception {
        String withMissingPdf = registerAndAwait("Informe cuyo PDF desaparece");
        String withDamagedPdf = registerAndAwait("Informe cuyo PDF se daña");
        double missingBefore = unreadable("missing");
        double corruptBefore = unreadable("corrupt");

        byte[] lost = TestPdfs.withPages("Versión nunca guardada " + System.nanoTime());
        commands.sendAndWait(new ReplaceContentCommand(withMissingPdf, "mquispe", ref(lost)));
        byte[] damaged = TestPdfs.withPages("Versión guardada con otros bytes " + System.nanoTime());
        storeOtherBytesUnder(Sha256.of(damaged));
        commands.sendAndWait(new ReplaceContentCommand(withDamagedPdf, "mquispe", ref(damaged)));
        String marker = "posterior" + System.nanoTime();
        ResponseEntity<Map> later = api.upload("mquispe", "INFORME", "Informe " + marker, "INACAL/DM", false,
                TestPdfs.withPages("Informe registrado después " + marker), JsonApi.READ_YOUR_WRITES, "true");

        assertThat(later.getHeaders().getFirst(JsonApi.READ_YOUR_WRITES)).as("the projection handled every event")
                .isEqualTo("caught-up");
        assertThat((Number) api.get("mquispe", "/api/search?q={q}", marker).get("total")).isEqualTo(1);
        for (String id : new String[] {withMissingPdf, withDamagedPdf}) {
            Map<String, Object> indexed = elasticsearch.get(g -> g.index(ReadModelIndices.LIVE.documents()).id(id),
                    Map.class).source();
            assertThat(indexed).containsEntry("version", 2).containsEntry("contentUnreadable", true)
                    .containsEntry("textExtracted", false);
        }
        ResponseEntity<Map> download = api.as("mquispe").getForEntity("/api/documents/{id}/content", Map.class,
                withMissingPdf);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(download.getBody()).containsEntry("type", "urn:ceropapel:problem:content-missing");
        assertThat(unreadable("missing") - missingBefore).isEqualTo(1);
        assertThat(unreadable("corrupt") - corruptBefore).isEqualTo(1);

        // the store repaired and a readable version on top, as the other tests of this shared installation
        // expect every object intact and a rebuilt read model identical to the live one
        storeUnder(Sha256.of(lost), lost);
        storeUnder(Sha256.of(damaged), damaged);
        for (String id : new String[] {withMissingPdf, withDamagedPdf}) {
            byte[] readable = TestPdfs.withPages("Versión legible " + System.nanoTime());
            storeUnder(Sha256.of(readable), readable);
            commands.sendAndWait(new ReplaceContentCommand(id, "mquispe", ref(readable)));
        }
        awaitCaughtUp();
    }

    @Test
    void shouldReportAProjectionStalledOnTheSameBatchInTheHealthEndpoint() throws IOException {
        awaitCaughtUp();
        assertThat(projectionsHealth()).containsEntry("status", "UP");
        blockIndexWrites(true);
        try {
            api.register("mquispe", "INFORME", "Informe que la proyección no puede indexar", "INACAL/DM", false,
                    TestPdfs.withPages("Informe durante el bloqueo"));

            Map<String, Object> stalled = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(this::projectionsHealth, health -> "DOWN".equals(health.get("status")));

            Map<String, Object> details = (Map<String, Object>) stalled.get("details");
            assertThat(details).containsKey("stalledSeconds");
            assertThat((Number) details.get("eventsBehind")).satisfies(behind -> assertThat(behind.longValue()).isPositive());
            assertThat(http.getForEntity("/actuator/health", Map.class).getStatusCode())
                    .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        } finally {
            blockIndexWrites(false);
        }
        awaitCaughtUp();
        await().atMost(Duration.ofSeconds(30)).until(() -> "UP".equals(projectionsHealth().get("status")));
    }

    private Map<String, Object> projectionsHealth() {
        Map<String, Object> health = api.get("admin", "/actuator/health");
        return (Map<String, Object>) ((Map<String, Object>) health.get("components")).get("projections");
    }

    private void blockIndexWrites(boolean blocked) throws IOException {
        elasticsearch.indices().putSettings(s -> s.index(ReadModelIndices.LIVE.documents())
                .settings(settings -> settings.blocks(b -> b.write(blocked))));
    }

    private void awaitCaughtUp() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> progress.hasHandled(ReadModels.PROCESSING_GROUP, progress.head()));
    }

    private String registerAndAwait(String subject) {
        return (String) api.upload("mquispe", "INFORME", subject, "INACAL/DM", false, TestPdfs.withPages(subject),
                JsonApi.READ_YOUR_WRITES, "true").getBody().get("id");
    }

    private double unreadable(String problem) {
        return meters.counter("ceropapel.projection.content.unreadable", "problem", problem).count();
    }

    private static ContentRef ref(byte[] pdf) {
        String sha256 = Sha256.of(pdf);
        return new ContentRef(ObjectStorage.keyFor(sha256), sha256, pdf.length, 1);
    }

    /** What a store that lost or mangled a write holds: other bytes under the digest's key. */
    private void storeOtherBytesUnder(String sha256) {
        storeUnder(sha256, TestPdfs.withPages("Bytes ajenos"));
    }

    /** Writes bytes under a digest's key straight into the store, past every check of the application. */
    private void storeUnder(String sha256, byte[] other) {
        try {
            MinioClient.builder().endpoint(s3.url()).credentials(s3.accessKey(), s3.secretKey()).build()
                    .putObject(PutObjectArgs.builder().bucket(s3.bucket()).object(ObjectStorage.keyFor(sha256))
                            .stream(new ByteArrayInputStream(other), other.length, -1).build());
        } catch (Exception e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
