package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.ceropapel.api.timeline.AwaitReadModelsQuery;
import pe.ceropapel.query.readmodel.ReadModelIndices;
import pe.ceropapel.storage.ObjectStorage;

/**
 * What must hold after any fault: every object an event refers to is in S3 with the SHA-256 the
 * event names, and every registered document is in the read model once.
 */
final class Consistency {

    private static final Pattern OBJECT = Pattern.compile(
            "\"objectKey\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"sha256\"\\s*:\\s*\"([0-9a-f]{64})\"");

    private final JdbcTemplate jdbc;
    private final ObjectStorage storage;
    private final ElasticsearchClient elasticsearch;
    private final QueryGateway queries;

    Consistency(JdbcTemplate jdbc, ObjectStorage storage, ElasticsearchClient elasticsearch, QueryGateway queries) {
        this.jdbc = jdbc;
        this.storage = storage;
        this.elasticsearch = elasticsearch;
        this.queries = queries;
    }

    /** Reads every object that an event refers to; reading verifies its digest. Answers how many. */
    int assertObjectsIntact() throws IOException {
        Map<String, String> objects = new HashMap<>();
        for (String payload : jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM domainevententry "
                + "WHERE convert_from(payload, 'UTF8') LIKE '%\"objectKey\"%'", String.class)) {
            Matcher object = OBJECT.matcher(payload);
            while (object.find()) {
                objects.put(object.group(1), object.group(2));
            }
        }
        for (Map.Entry<String, String> object : objects.entrySet()) {
            try (InputStream in = storage.open(object.getKey(), object.getValue())) {
                in.transferTo(OutputStreamDiscard.INSTANCE);
            }
        }
        return objects.size();
    }

    /** Once the read models caught up: the documents alias holds exactly the registered documents. */
    void assertEveryDocumentIndexedOnce() throws IOException {
        assertThat(queries.query(new AwaitReadModelsQuery(Duration.ofSeconds(30)), Boolean.class).join()).isTrue();
        List<String> registered = jdbc.queryForList("SELECT aggregateidentifier FROM domainevententry "
                + "WHERE payloadtype = 'pe.ceropapel.api.document.DocumentRegisteredEvent'", String.class);
        List<String> indexed = elasticsearch.search(s -> s.index(ReadModelIndices.LIVE.documents())
                        .size(10_000).source(source -> source.fetch(false)), Void.class)
                .hits().hits().stream().map(Hit::id).toList();
        assertThat(indexed).containsExactlyInAnyOrderElementsOf(registered);
    }

    /** Discards what is written to it. */
    private static final class OutputStreamDiscard extends java.io.OutputStream {

        static final OutputStreamDiscard INSTANCE = new OutputStreamDiscard();

        @Override
        public void write(int b) {
            // discarded
        }

        @Override
        public void write(byte[] b, int off, int len) {
            // discarded
        }
    }
}
