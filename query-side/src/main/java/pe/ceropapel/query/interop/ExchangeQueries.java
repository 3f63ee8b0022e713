package pe.ceropapel.query.interop;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.interop.ExchangeView;
import pe.ceropapel.api.interop.FindExchangeQuery;
import pe.ceropapel.api.interop.FindExchangesQuery;
import pe.ceropapel.query.readmodel.ReadModelIndices;

/** Answers exchanges by CUO and lists of them; who may ask is decided by the caller. */
@Component
class ExchangeQueries {

    static final int MAX_SIZE = 200;

    private final ElasticsearchClient client;

    ExchangeQueries(ElasticsearchClient client) {
        this.client = client;
    }

    @QueryHandler
    Optional<ExchangeView> handle(FindExchangeQuery query) throws IOException {
        List<Query> filters = new ArrayList<>(List.of(term("direction", query.direction().name()),
                term("cuo", query.cuo())));
        if (query.counterpartRuc() != null) {
            filters.add(term("counterpartRuc", query.counterpartRuc()));
        }
        return search(filters, 1).stream().findFirst();
    }

    @QueryHandler
    List<ExchangeView> handle(FindExchangesQuery query) throws IOException {
        List<Query> filters = new ArrayList<>();
        if (query.direction() != null) {
            filters.add(term("direction", query.direction().name()));
        }
        if (query.state() != null) {
            filters.add(term("state", query.state().name()));
        }
        if (query.documentId() != null) {
            filters.add(term("documentId", query.documentId()));
        }
        return search(filters, Math.max(1, Math.min(query.size(), MAX_SIZE)));
    }

    private List<ExchangeView> search(List<Query> filters, int size) throws IOException {
        return client.search(s -> s.index(ReadModelIndices.LIVE.exchanges()).size(size)
                        .query(q -> q.bool(b -> b.filter(filters)))
                        .sort(o -> o.field(f -> f.field("openedAt").order(SortOrder.Desc))), ExchangeEntry.class)
                .hits().hits().stream().map(Hit::source).map(ExchangeEntry::view).toList();
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
