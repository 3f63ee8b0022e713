package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.ceropapel.infra.config.ReadModelRebuildRunner;
import pe.ceropapel.infra.embedded.EmbeddedElasticsearch;
import pe.ceropapel.query.readmodel.ProjectionProgress;
import pe.ceropapel.query.readmodel.ReadModelIndices;
import pe.ceropapel.query.readmodel.ReadModels;
import pe.ceropapel.signature.pdf.TestPdfs;

/**
 * The read models as disposable copies of the event store: rebuilt identical, rebuilt under
 * concurrent writes without losing an event, rebuilt from the command line, caught up after an
 * Elasticsearch outage, and their lag reported to administrators.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class ReadModelIntegrationTests extends EmbeddedApplicationTestBase {

    private static final Duration REBUILD_TIMEOUT = Duration.ofMinutes(3);

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private ElasticsearchClient elasticsearch;
    @Autowired
    private EmbeddedElasticsearch elasticsearchNode;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ProjectionProgress progress;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private OtherInstances otherInstances;
    private JsonApi api;

    @BeforeEach
    void directory() {
        api = new JsonApi(http);
        new TestDirectory(http)
                .office("INACAL/DM", "Dirección de Metrología")
                .office("INACAL/DN", "Dirección de Normalización")
                .person("jperez", "20000001", "INACAL/DM", "HEAD")
                .person("mquispe", "20000002", "INACAL/DM")
                .person("lrojas", "20000003", "INACAL/DN", "HEAD")
                .head("INACAL/DM", "jperez");
    }

    @Test
    void shouldRebuildEveryReadModelIdenticalToTheLiveOneTwiceOverAndMoveTheAliases() throws Exception {
        Map<String, String> filed = api.register("mquispe", "INFORME", "Informe para reconstruir", "INACAL/DM", false,
                TestPdfs.withPages("Informe para reconstruir"));
        String id = filed.get("id");
        String joined = api.fileIn(filed.get("caseFileId"), "mquispe", "INFORME", "Anexo reservado para reconstruir",
                "INACAL/DM", true, TestPdfs.withPages("Anexo reservado para reconstruir"));
        Map<String, String> request = api.submitRequest("Rosa Ciudadana Flores", "Solicitud para reconstruir",
                TestPdfs.withPages("Solicitud para reconstruir"));
        api.put("mquispe", "/api/documents/" + id + "/signature-plan",
                "{\"signers\":[{\"username\":\"jperez\",\"role\":\"SIGNATURE\"}]}");
        assertThat(api.post("jperez", "/api/documents/" + id + "/signatures", "{\"pin\":\"" + PIN + "\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.post("mquispe", "/api/documents/" + id + "/derivations",
                "{\"targets\":[{\"kind\":\"OFFICE\",\"recipient\":\"INACAL/DN\",\"action\":\"ATENDER\"}]}")
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        awaitLiveCaughtUp();
        Map<String, Map<String, Object>> live = snapshot();
        assertThat(live).containsKeys("documents/" + id, "public-documents/" + joined,
                "tracking/" + filed.get("trackingCode"), "tracking/" + request.get("trackingCode"));
        int generation = generation();

        rebuildOverHttp();
        assertThat(generation()).isEqualTo(generation + 1);
        assertThat(elasticsearch.indices().exists(e -> e.index(ReadModelIndices.generation(generation).documents()))
                .value()).isFalse();
        awaitLiveCaughtUp();
        Map<String, Map<String, Object>> once = snapshot();
        rebuildOverHttp();
        awaitLiveCaughtUp();
        Map<String, Map<String, Object>> twice = snapshot();

        assertThat(once).isEqualTo(live);
        assertThat(twice).isEqualTo(once);
        assertThat(api.as("mquispe").postForEntity("/api/admin/read-models/rebuild", null, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void shouldLoseNoEventWrittenWhileARebuildRuns() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<Set<String>> written = writer.submit(() -> {
            Set<String> ids = new HashSet<>();
            while (writing.get()) {
                ids.add(register("Informe escrito durante la reconstrucción " + ids.size()));
            }
            return ids;
        });
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> countRegistered() > 0);
            rebuildOverHttp();
            register("Informe escrito después de la reconstrucción");
        } finally {
            writing.set(false);
        }
        Set<String> ids = written.get();
        writer.shutdown();
        assertThat(ids).hasSizeGreaterThan(1);
        awaitLiveCaughtUp();

        Set<String> indexed = allIds(ReadModelIndices.LIVE.documents()).keySet();
        List<String> registered = jdbc.queryForList("SELECT aggregateidentifier FROM domainevententry "
                + "WHERE payloadtype = 'pe.ceropapel.api.document.DocumentRegisteredEvent'", String.class);
        assertThat(indexed).containsExactlyInAnyOrderElementsOf(registered).containsAll(ids);
    }

    @Test
    void shouldRebuildFromTheCommandLine() throws IOException {
        register("Informe antes de la reconstrucción por consola");
        int generation = generation();
        ConfigurableApplicationContext rebuilt = otherInstances.start(ReadModelRebuildRunner.OPTION);
        assertThat(generation()).isEqualTo(generation + 1);
        assertThat(SpringApplication.exit(rebuilt)).isZero();
    }

    @Test
    void shouldIndexEveryEventOnceWhenElasticsearchComesBack() throws Exception {
        TrackingEventProcessor live = processing.eventProcessor(ReadModels.PROCESSING_GROUP,
                TrackingEventProcessor.class).orElseThrow();
        live.shutDown();
        TcpProxy proxy = new TcpProxy(elasticsearchNode.httpUri().getPort()).open();
        try (ConfigurableApplicationContext projecting = otherInstances.startReaching(
                URI.create("http://127.0.0.1:" + proxy.port()))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> progress.hasHandled(ReadModels.PROCESSING_GROUP,
                    progress.head()));
            String before = register("Informe antes del corte");
            proxy.cut();
            List<String> during = List.of(register("Informe durante el corte 1"), register("Informe durante el corte 2"),
                    register("Informe durante el corte 3"));
            Thread.sleep(3000);
            assertThat(progress.lag(ReadModels.PROCESSING_GROUP).eventsBehind()).isPositive();
            for (String id : during) {
                assertThat(elasticsearch.exists(e -> e.index(ReadModelIndices.LIVE.documents()).id(id)).value())
                        .isFalse();
            }

            proxy.open();
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                    .until(() -> progress.hasHandled(ReadModels.PROCESSING_GROUP, progress.head()));
            elasticsearch.indices().refresh(r -> r.index(ReadModelIndices.LIVE.all()));
            for (String id : List.of(before, during.get(0), during.get(1), during.get(2))) {
                var document = elasticsearch.get(g -> g.index(ReadModelIndices.LIVE.documents()).id(id), Map.class);
                assertThat(document.found()).isTrue();
                assertThat(document.version()).as("written once, at the registration's sequence").isZero();
                List<Object> steps = elasticsearch.search(s -> s.index(ReadModelIndices.LIVE.timeline())
                                .query(q -> q.term(t -> t.field("documentId").value(id))), Map.class)
                        .hits().hits().stream().map(hit -> hit.source().get("action")).toList();
                assertThat(steps).containsExactlyInAnyOrder("REGISTERED", "CASE_OPENED");
            }
            assertThat(progress.lag(ReadModels.PROCESSING_GROUP).eventsBehind()).isZero();
        } finally {
            proxy.close();
            live.start();
        }
        awaitLiveCaughtUp();
    }

    @Test
    void shouldReportTheProjectionLagToAdministratorsOnly() {
        awaitLiveCaughtUp();
        Map<String, Object> health = api.get("admin", "/actuator/health");
        Map<String, Object> projections = (Map<String, Object>) ((Map<String, Object>) health.get("components"))
                .get("projections");
        assertThat(projections).containsEntry("status", "UP");
        assertThat((Map<String, Object>) projections.get("details")).containsEntry("processor", "documents")
                .containsKeys("eventsBehind", "secondsBehind");
        assertThat(http.getForObject("/actuator/health", Map.class)).as("anonymous: no components, no details")
                .containsOnlyKeys("status", "groups").containsEntry("groups", List.of("liveness", "readiness"));

        Map<String, Object> metric = api.get("admin", "/actuator/metrics/ceropapel.projection.lag.events");
        assertThat((List<Map<String, Object>>) metric.get("measurements")).extracting(m -> m.get("value"))
                .containsExactly(0.0);
        assertThat(api.as("mquispe").getForEntity("/actuator/metrics/ceropapel.projection.lag.seconds", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private String register(String subject) {
        return api.register("mquispe", "INFORME", subject, "INACAL/DM", false, TestPdfs.withPages(subject)).get("id");
    }

    private long countRegistered() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    private void rebuildOverHttp() {
        ResponseEntity<Map> started = api.as("admin").postForEntity("/api/admin/read-models/rebuild", null, Map.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        Map<String, Object> done = await().atMost(REBUILD_TIMEOUT).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("admin", "/api/admin/read-models/rebuild"),
                        status -> !List.of("REPLAYING", "SWITCHING").contains(status.get("state")));
        assertThat(done).containsEntry("state", "DONE");
        assertThat(((Number) done.get("eventsDone")).longValue()).isPositive();
    }

    private void awaitLiveCaughtUp() {
        await().atMost(Duration.ofSeconds(60)).until(() -> progress.hasHandled(ReadModels.PROCESSING_GROUP,
                progress.head()));
        try {
            elasticsearch.indices().refresh(r -> r.index(ReadModelIndices.LIVE.all()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int generation() throws IOException {
        String index = elasticsearch.indices().getAlias(a -> a.name(ReadModelIndices.LIVE.documents())).result()
                .keySet().iterator().next();
        return Integer.parseInt(index.substring(index.lastIndexOf('-') + 1));
    }

    /** Every entry of every read model, with its version, by alias and id. */
    private Map<String, Map<String, Object>> snapshot() throws IOException {
        Map<String, Map<String, Object>> entries = new TreeMap<>();
        for (String alias : ReadModelIndices.LIVE.all()) {
            allIds(alias).forEach((id, entry) -> entries.put(alias + "/" + id, entry));
        }
        return entries;
    }

    private Map<String, Map<String, Object>> allIds(String alias) throws IOException {
        long count = elasticsearch.count(c -> c.index(alias)).count();
        assertThat(count).as("fits one page").isLessThan(10_000);
        Map<String, Map<String, Object>> entries = new TreeMap<>();
        for (Hit<Map> hit : elasticsearch.search(s -> s.index(alias).size(10_000).version(true), Map.class)
                .hits().hits()) {
            Map<String, Object> entry = new TreeMap<>(hit.source());
            entry.put("_version", hit.version());
            entries.put(hit.id(), entry);
        }
        return entries;
    }
}
