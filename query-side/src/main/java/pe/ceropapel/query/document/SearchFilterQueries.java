package pe.ceropapel.query.document;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import pe.ceropapel.api.document.SearchFilters;

/** Turns a search's filters into Elasticsearch filter clauses on the {@code documents} index. */
final class SearchFilterQueries {

    private static final ZoneId LIMA = ZoneId.of("America/Lima");

    private SearchFilterQueries() {
    }

    static List<Query> of(SearchFilters filters) {
        List<Query> clauses = new ArrayList<>();
        if (filters == null) {
            return clauses;
        }
        if (filters.type() != null) {
            clauses.add(term("type", filters.type().name()));
        }
        if (filters.office() != null) {
            clauses.add(term("officeCode", filters.office()));
        }
        if (filters.state() != null) {
            clauses.add(term("state", filters.state().name()));
        }
        if (filters.signer() != null) {
            clauses.add(term("signedBy", filters.signer()));
        }
        if (filters.number() != null) {
            String pattern = "*" + filters.number().replaceAll("([*?\\\\])", "\\\\$1") + "*";
            clauses.add(Query.of(q -> q.wildcard(w -> w.field("number").value(pattern).caseInsensitive(true))));
        }
        if (filters.from() != null || filters.to() != null) {
            String from = filters.from() == null ? null : filters.from().atStartOfDay(LIMA).toInstant().toString();
            String before = filters.to() == null ? null
                    : filters.to().plusDays(1).atStartOfDay(LIMA).toInstant().toString();
            clauses.add(Query.of(q -> q.range(r -> r.date(d -> d.field("registeredAt").gte(from).lt(before)))));
        }
        if (filters.caseCode() != null) {
            clauses.add(term("trackingCode", filters.caseCode()));
        }
        return clauses;
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
