package pe.ceropapel.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.ApplicationContext;
import pe.ceropapel.api.access.Reader;
import pe.ceropapel.api.document.SearchDocumentsQuery;
import pe.ceropapel.api.document.SearchFilters;
import pe.ceropapel.api.document.SearchOrder;
import pe.ceropapel.api.document.SearchResult;
import pe.ceropapel.query.readmodel.ReadModelIndices;

/**
 * Scenario 5: search latency as the documents index grows. Synthetic documents (subject, a page of
 * text from a skewed vocabulary, types, offices, states and readers spread as in real use) are bulk
 * loaded into the live index; at each size, three-word queries with the four facets go through our
 * query handler (reader's authorisation included) and, for comparison, straight to Elasticsearch as
 * the same text query and aggregations without the authorisation filter.
 */
final class SearchScenario {

    static final String HEADER = """
            | documents | query | ours p50 (ms) | ours p99 (ms) | plain ES p50 (ms) | plain ES p99 (ms) | hits (median) |
            |---:|---|---:|---:|---:|---:|---:|""";

    private static final List<String> TYPES = List.of("INFORME", "OFICIO", "MEMORANDO", "CARTA", "SOLICITUD");
    private static final List<String> OFFICES = List.of("INACAL/DM", "INACAL/DN", "INACAL/DA", "INACAL/GG",
            "INACAL/OAJ", "INACAL/OPP", "INACAL/PE", "INACAL/OA");
    private static final int BULK = 2_000;
    private static final int QUERIES = 300;
    private static final Reader READER = new Reader("jperez", "INACAL/DM");

    private final ElasticsearchClient elasticsearch;
    private final QueryGateway queries;
    private final List<Integer> sizes;
    private final Random random = new Random(11);
    private final BenchText text = new BenchText(13);

    SearchScenario(ApplicationContext app, List<Integer> sizes) {
        this.elasticsearch = app.getBean(ElasticsearchClient.class);
        this.queries = app.getBean(QueryGateway.class);
        this.sizes = sizes;
    }

    /** Latencies of one size: ours and plain Elasticsearch, and the median number of hits. */
    record Latency(double p50, double p99, double plainP50, double plainP99, long medianHits) {
    }

    List<String> run() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int size : sizes) {
            Latency latency = measureAt(size);
            lines.add(String.format(Locale.ROOT, "| %,d | 3 words, 4 facets, 20 hits | %.1f | %.1f | %.1f | %.1f | %,d |",
                    size, latency.p50(), latency.p99(), latency.plainP50(), latency.plainP99(), latency.medianHits()));
        }
        return lines;
    }

    /** Loads the index up to {@code size} documents and measures the queries on it. */
    Latency measureAt(int size) throws Exception {
        load(size);
        elasticsearch.indices().refresh(r -> r.index(ReadModelIndices.LIVE.documents()));
        elasticsearch.indices().forcemerge(f -> f.index(ReadModelIndices.LIVE.documents()).maxNumSegments(5L));
        Random words = new Random(17);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            texts.add(String.join(" ", word(words), word(words), word(words)));
        }
        texts.subList(0, 30).forEach(this::ours);
        texts.subList(0, 30).forEach(this::plain);
        long[] oursNanos = new long[QUERIES];
        long[] plainNanos = new long[QUERIES];
        long[] hits = new long[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            long start = System.nanoTime();
            hits[i] = ours(texts.get(i));
            oursNanos[i] = System.nanoTime() - start;
            start = System.nanoTime();
            plain(texts.get(i));
            plainNanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(oursNanos);
        Arrays.sort(plainNanos);
        Arrays.sort(hits);
        return new Latency(Percentiles.millis(oursNanos, 0.5), Percentiles.millis(oursNanos, 0.99),
                Percentiles.millis(plainNanos, 0.5), Percentiles.millis(plainNanos, 0.99), hits[QUERIES / 2]);
    }

    private long ours(String words) {
        SearchResult result = queries.query(new SearchDocumentsQuery(words, SearchFilters.NONE, SearchOrder.RELEVANCE,
                20, null, READER), SearchResult.class).join();
        return result.total();
    }

    private void plain(String words) {
        try {
            elasticsearch.search(s -> s.index(ReadModelIndices.LIVE.documents()).size(20)
                    .source(src -> src.filter(f -> f.excludes("text")))
                    .query(q -> q.simpleQueryString(m -> m.query(words).fields("subject^3", "text")
                            .defaultOperator(Operator.And)))
                    .aggregations("type", a -> a.terms(t -> t.field("type")))
                    .aggregations("office", a -> a.terms(t -> t.field("officeCode")))
                    .aggregations("state", a -> a.terms(t -> t.field("state")))
                    .aggregations("signer", a -> a.terms(t -> t.field("signedBy"))), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Words of middling frequency: the rarest and the commonest make trivial queries. */
    private static String word(Random random) {
        return BenchText.WORDS.get(5 + random.nextInt(40));
    }

    private void load(int size) throws Exception {
        Instant now = Instant.now();
        long loaded = elasticsearch.count(c -> c.index(ReadModelIndices.LIVE.documents())).count();
        while (loaded < size) {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (int i = 0; i < BULK && loaded < size; i++, loaded++) {
                Map<String, Object> document = document(now);
                bulk.operations(op -> op.index(x -> x.index(ReadModelIndices.LIVE.documents())
                        .id((String) document.get("documentId")).document(document)));
            }
            if (elasticsearch.bulk(bulk.build()).errors()) {
                throw new IllegalStateException("the bulk load failed");
            }
        }
    }

    private Map<String, Object> document(Instant now) {
        String id = UUID.randomUUID().toString();
        String office = OFFICES.get(random.nextInt(OFFICES.size()));
        String author = "persona" + random.nextInt(400);
        int stateDraw = random.nextInt(10);
        String state = stateDraw < 7 ? "ISSUED" : stateDraw < 9 ? "DRAFT" : "ARCHIVED";
        String registeredAt = now.minus(random.nextInt(730 * 24), ChronoUnit.HOURS).toString();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("documentId", id);
        document.put("type", TYPES.get(random.nextInt(TYPES.size())));
        document.put("subject", text.words(8));
        document.put("officeCode", office);
        document.put("author", author);
        document.put("state", state);
        document.put("version", 1);
        document.put("registeredAt", registeredAt);
        document.put("updatedAt", registeredAt);
        document.put("text", text.words(120));
        document.put("textExtracted", true);
        document.put("confidential", random.nextInt(10) == 0);
        document.put("signedBy", state.equals("DRAFT") ? List.of() : List.of("jefe" + random.nextInt(40)));
        document.put("readerPeople", List.of(author));
        document.put("readerOffices", List.of(office));
        return document;
    }
}
