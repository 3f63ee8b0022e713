package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.ceropapel.api.timeline.AwaitReadModelsQuery;
import pe.ceropapel.infra.backup.ReferencedObjects;
import pe.ceropapel.query.readmodel.ReadModelIndices;
import pe.ceropapel.storage.ObjectStorage;

/**
 * What must hold after any fault: every object an event refers to is in S3 with the SHA-256 the
 * event names, and every registered document is in the read model once.
 */
final class Consistency {


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
        Map<String, String> objects = ReferencedObjects.in(jdbc);
        for (Map.Entry<String, String> object : objects.entrySet()) {
            try (InputStream in = storage.open(object.getValue(), object.getKey())) {
                in.transferTo(OutputStream.nullOutputStream());
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
}
