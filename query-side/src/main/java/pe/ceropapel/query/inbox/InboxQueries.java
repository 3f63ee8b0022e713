package pe.ceropapel.query.inbox;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.FiltersBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.derivation.DerivationAction;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.api.document.SignatureRole;
import pe.ceropapel.api.inbox.FindInboxCountsQuery;
import pe.ceropapel.api.inbox.FindInboxQuery;
import pe.ceropapel.api.inbox.InboxCounts;
import pe.ceropapel.api.inbox.InboxItem;
import pe.ceropapel.api.inbox.InboxPage;
import pe.ceropapel.api.inbox.InboxTab;
import pe.ceropapel.query.readmodel.Cursors;
import pe.ceropapel.query.readmodel.ReadModelIndices;

/** Answers inbox queries: each tray's count, and a tray's items newest first. */
@Component
class InboxQueries {

    static final int MAX_PAGE_SIZE = 100;
    private static final String DOCUMENTS = ReadModelIndices.LIVE.documents();
    private static final String DERIVATIONS = ReadModelIndices.LIVE.derivations();

    private final ElasticsearchClient client;

    InboxQueries(ElasticsearchClient client) {
        this.client = client;
    }

    @QueryHandler
    InboxCounts handle(FindInboxCountsQuery query) throws IOException {
        Map<InboxTab, Long> counts = new EnumMap<>(InboxTab.class);
        counts.putAll(count(DERIVATIONS, query, false));
        counts.putAll(count(DOCUMENTS, query, true));
        return new InboxCounts(counts);
    }

    @QueryHandler
    InboxPage handle(FindInboxQuery query) throws IOException {
        int size = Math.max(1, Math.min(query.size(), MAX_PAGE_SIZE));
        boolean onDocuments = InboxTrays.onDocuments(query.tab());
        SearchResponse<Map> response = client.search(s -> {
            s.index(onDocuments ? DOCUMENTS : DERIVATIONS)
                    .size(size)
                    .source(src -> src.filter(f -> f.excludes("text")))
                    .query(InboxTrays.of(query.tab(), query.reader(), query.scope()))
                    .sort(o -> o.field(f -> f.field("updatedAt").order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field(onDocuments ? "documentId" : "derivationId").order(SortOrder.Asc)));
            if (query.after() != null) {
                s.searchAfter(Cursors.decode(query.after(), Cursors.Value.DATE, Cursors.Value.KEYWORD));
            }
            return s;
        }, Map.class);
        List<Hit<Map>> hits = response.hits().hits();
        String next = hits.size() == size ? Cursors.encode(hits.get(hits.size() - 1).sort()) : null;
        Function<Map<?, ?>, InboxItem> toItem = onDocuments ? source -> documentItem(query.tab(), source)
                : InboxQueries::derivationItem;
        return new InboxPage(hits.stream().map(hit -> toItem.apply(hit.source())).toList(), next);
    }

    private Map<InboxTab, Long> count(String index, FindInboxCountsQuery query, boolean onDocuments)
            throws IOException {
        List<InboxTab> tabs = Arrays.stream(InboxTab.values())
                .filter(tab -> InboxTrays.onDocuments(tab) == onDocuments).toList();
        var response = client.search(s -> s.index(index).size(0).aggregations("trays", a -> a.filters(f -> f
                .filters(k -> k.keyed(tabs.stream().collect(Collectors.toMap(InboxTab::name,
                        tab -> InboxTrays.of(tab, query.reader(), query.scope()))))))), Void.class);
        Map<String, FiltersBucket> buckets = response.aggregations().get("trays").filters().buckets().keyed();
        Map<InboxTab, Long> counts = new EnumMap<>(InboxTab.class);
        tabs.forEach(tab -> counts.put(tab, buckets.get(tab.name()).docCount()));
        return counts;
    }

    private static InboxItem derivationItem(Map<?, ?> source) {
        String dueDate = (String) source.get("dueDate");
        boolean observation = Boolean.TRUE.equals(source.get("observation"));
        return new InboxItem((String) source.get("documentId"), observation ? null : (String) source.get("derivationId"),
                DocumentType.valueOf((String) source.get("documentType")), (String) source.get("subject"),
                (String) source.get("number"), (String) source.get("by"), (String) source.get("byOffice"),
                (String) source.get("recipient"), DerivationAction.valueOf((String) source.get("action")),
                dueDate == null ? null : LocalDate.parse(dueDate), Boolean.TRUE.equals(source.get("overdue")),
                (String) source.get("state"), Instant.parse((String) source.get("updatedAt")),
                (String) source.get("reason"));
    }

    /**
     * A document to sign or in signing (its next signer and role), a draft, or a request from
     * outside (from its applicant, named with their DNI or RUC).
     */
    private static InboxItem documentItem(InboxTab tab, Map<?, ?> source) {
        String from = (String) source.get("author");
        String fromOffice = (String) source.get("officeCode");
        DerivationAction action = null;
        if (tab == InboxTab.REQUESTS && source.get("applicant") instanceof Map<?, ?> applicant) {
            from = (String) applicant.get("name");
            fromOffice = applicant.get("identityType") + " " + applicant.get("identityNumber");
        } else if (source.get("nextRole") != null) {
            action = SignatureRole.APPROVAL.name().equals(source.get("nextRole"))
                    ? DerivationAction.VISTO_BUENO : DerivationAction.FIRMA;
        }
        return new InboxItem((String) source.get("documentId"), null,
                DocumentType.valueOf((String) source.get("type")), (String) source.get("subject"),
                (String) source.get("number"), from, fromOffice,
                (String) source.get("nextSigner"), action, null, false, (String) source.get("state"),
                Instant.parse((String) source.get("updatedAt")), null);
    }
}
