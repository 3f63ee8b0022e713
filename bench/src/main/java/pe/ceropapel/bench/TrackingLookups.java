package pe.ceropapel.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.ApplicationContext;
import pe.ceropapel.api.timeline.CaseTracking;
import pe.ceropapel.api.timeline.TrackCaseFileQuery;
import pe.ceropapel.query.readmodel.ReadModelIndices;
import pe.ceropapel.storage.Sha256;

/**
 * Citizens' tracking lookups (code and access key, through our query handler) among a given number
 * of case files: synthetic case files, each with its opening step, are bulk loaded into the
 * {@code tracking} read model, then random ones are looked up one after the other.
 */
final class TrackingLookups {

    /** Median and 99th percentile of one size, in milliseconds. */
    record Latency(double p50, double p99) {
    }

    private static final int BULK = 5_000;
    private static final int LOOKUPS = 1_000;
    private static final String KEY = "clave-de-prueba";

    private final ElasticsearchClient elasticsearch;
    private final QueryGateway queries;
    private final Random random = new Random(23);

    TrackingLookups(ApplicationContext app) {
        this.elasticsearch = app.getBean(ElasticsearchClient.class);
        this.queries = app.getBean(QueryGateway.class);
    }

    Latency measureAt(int size) throws Exception {
        load(size);
        elasticsearch.indices().refresh(r -> r.index(ReadModelIndices.LIVE.tracking()));
        for (int i = 0; i < 100; i++) {
            lookUp(random.nextInt(size));
        }
        long[] nanos = new long[LOOKUPS];
        for (int i = 0; i < LOOKUPS; i++) {
            int caseFile = random.nextInt(size);
            long start = System.nanoTime();
            lookUp(caseFile);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Latency(Percentiles.millis(nanos, 0.5), Percentiles.millis(nanos, 0.99));
    }

    private void lookUp(int caseFile) {
        Optional<CaseTracking> found = queries.query(new TrackCaseFileQuery(code(caseFile), KEY),
                ResponseTypes.optionalInstanceOf(CaseTracking.class)).join();
        if (found.isEmpty()) {
            throw new IllegalStateException("no case file " + code(caseFile));
        }
    }

    private void load(int size) throws Exception {
        String digest = Sha256.of(KEY.getBytes(StandardCharsets.UTF_8));
        String openedAt = Instant.now().toString();
        int loaded = (int) elasticsearch.count(c -> c.index(ReadModelIndices.LIVE.tracking())
                .query(q -> q.prefix(p -> p.field("trackingCode").value("G-")))).count();
        while (loaded < size) {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (int i = 0; i < BULK && loaded < size; i++, loaded++) {
                Map<String, Object> entry = entry(loaded, digest, openedAt);
                bulk.operations(op -> op.index(x -> x.index(ReadModelIndices.LIVE.tracking())
                        .id((String) entry.get("trackingCode")).document(entry)));
            }
            if (elasticsearch.bulk(bulk.build()).errors()) {
                throw new IllegalStateException("the bulk load failed");
            }
        }
    }

    private static Map<String, Object> entry(int caseFile, String digest, String openedAt) {
        String document = "documento-" + caseFile;
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("trackingCode", code(caseFile));
        entry.put("accessKeySha256", digest);
        entry.put("subject", "Solicitud de constancia número " + caseFile);
        entry.put("origin", "CITIZEN");
        entry.put("openedAt", openedAt);
        entry.put("firstDocumentId", document);
        entry.put("labels", Map.of(document, "SOLICITUD"));
        entry.put("steps", List.of(Map.of("id", "paso-" + caseFile, "documentId", document, "at", openedAt,
                "position", caseFile, "action", "CASE_OPENED", "office", "INACAL/GG", "state", "REGISTERED")));
        return entry;
    }

    private static String code(int caseFile) {
        return "G-" + caseFile;
    }
}
