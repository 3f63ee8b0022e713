package pe.ceropapel.query.document;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.casefile.Applicant;
import pe.ceropapel.api.casefile.IdentityDocumentType;
import pe.ceropapel.api.derivation.DerivationAction;
import pe.ceropapel.api.derivation.DerivationState;
import pe.ceropapel.api.derivation.DerivationStatus;
import pe.ceropapel.api.derivation.RecipientKind;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.DocumentState;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.api.document.DocumentObservation;
import pe.ceropapel.api.document.DocumentReference;
import pe.ceropapel.api.document.DocumentView;
import pe.ceropapel.api.document.FindDocumentsByReferenceQuery;
import pe.ceropapel.api.document.FacetCount;
import pe.ceropapel.api.document.FindDocumentQuery;
import pe.ceropapel.api.document.SearchDocumentsQuery;
import pe.ceropapel.api.document.SearchHit;
import pe.ceropapel.api.document.SearchOrder;
import pe.ceropapel.api.document.SearchResult;
import pe.ceropapel.api.document.SignatureRole;
import pe.ceropapel.api.document.SignerStatus;
import pe.ceropapel.query.readmodel.Cursors;
import pe.ceropapel.query.readmodel.ReadModelIndices;

/** Answers document queries from the {@code documents} index, only with what the reader may read. */
@Component
class DocumentQueries {

    static final int MAX_PAGE_SIZE = 100;
    private static final String INDEX = ReadModelIndices.LIVE.documents();
    private static final String HIGHLIGHT_START = "<mark>";
    private static final String HIGHLIGHT_END = "</mark>";
    private static final List<String> HIGHLIGHTED = List.of("subject", "text", "attachments.fileName");
    /** Facet name and the field it counts. */
    private static final Map<String, String> FACETS = Map.of("type", "type", "office", "officeCode",
            "state", "state", "signer", "signedBy");
    private static final int FACET_SIZE = 20;

    private final ElasticsearchClient client;

    DocumentQueries(ElasticsearchClient client) {
        this.client = client;
    }

    @QueryHandler
    Optional<DocumentView> handle(FindDocumentQuery query) throws IOException {
        var response = client.get(g -> g.index(INDEX).id(query.documentId()).sourceExcludes("text"),
                DocumentEntry.class);
        return Optional.ofNullable(response.source())
                .filter(document -> ReadAccess.canRead(document, query.reader()))
                .map(DocumentQueries::toView);
    }

    @QueryHandler
    SearchResult handle(SearchDocumentsQuery query) throws IOException {
        int size = Math.max(1, Math.min(query.size(), MAX_PAGE_SIZE));
        List<Query> filters = new ArrayList<>(SearchFilterQueries.of(query.filters()));
        filters.add(ReadAccess.filter(query.reader()));
        Query text = query.text() == null || query.text().isBlank()
                ? Query.of(q -> q.matchAll(m -> m))
                : wordsOrReference(query.text());
        SearchResponse<DocumentEntry> response = client.search(s -> {
            s.index(INDEX)
                    .size(size)
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.excludes("text")))
                    .query(q -> q.bool(b -> b.must(text).filter(filters)))
                    .sort(sortOf(query.order()))
                    .highlight(h -> {
                        h.preTags(HIGHLIGHT_START).postTags(HIGHLIGHT_END).encoder(HighlighterEncoder.Html)
                                .fields("subject", f -> f.numberOfFragments(0))
                                .fields("text", f -> f.fragmentSize(160).numberOfFragments(3))
                                .fields("attachments.fileName", f -> f.numberOfFragments(0));
                        return h;
                    });
            FACETS.forEach((name, field) -> s.aggregations(name, a -> a.terms(t -> t.field(field).size(FACET_SIZE))));
            if (query.after() != null) {
                s.searchAfter(query.order() == SearchOrder.NEWEST
                        ? Cursors.decode(query.after(), Cursors.Value.DATE, Cursors.Value.KEYWORD)
                        : Cursors.decode(query.after(), Cursors.Value.SCORE, Cursors.Value.DATE, Cursors.Value.KEYWORD));
            }
            return s;
        }, DocumentEntry.class);
        List<Hit<DocumentEntry>> hits = response.hits().hits();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        String next = hits.size() == size ? Cursors.encode(hits.get(hits.size() - 1).sort()) : null;
        return new SearchResult(total, hits.stream().map(DocumentQueries::toHit).toList(),
                facets(response.aggregations()), next);
    }

    /** The documents a number or a case file's tracking code names, whoever may read them (for the audit). */
    @QueryHandler
    List<String> handle(FindDocumentsByReferenceQuery query) throws IOException {
        List<Query> reference = referenceQueries(query.reference() == null ? "" : query.reference());
        if (reference.isEmpty()) {
            return List.of();
        }
        SearchResponse<Void> response = client.search(s -> s.index(INDEX).size(MAX_PAGE_SIZE).source(src -> src.fetch(false))
                .query(q -> q.bool(b -> b.should(reference).minimumShouldMatch("1")))
                .sort(o -> o.field(f -> f.field("registeredAt").order(SortOrder.Asc))), Void.class);
        return response.hits().hits().stream().map(Hit::id).toList();
    }

    /**
     * The words, searched in subjects, annex names and text; and, when they look like a number or a
     * tracking code, that number (any part of it) or that case file's documents too. The number, a
     * keyword, is not among the words' fields: there a stopword ("de") would be a term to match.
     */
    private static Query wordsOrReference(String words) {
        List<Query> alternatives = new ArrayList<>(referenceQueries(words));
        alternatives.add(Query.of(q -> q.simpleQueryString(m -> m
                .query(words)
                .fields("subject^3", "attachments.fileName^2", "text")
                .defaultOperator(Operator.And))));
        return Query.of(q -> q.bool(b -> b.should(alternatives).minimumShouldMatch("1")));
    }

    private static List<Query> referenceQueries(String text) {
        List<Query> queries = new ArrayList<>();
        DocumentReference.caseCode(text).ifPresent(code ->
                queries.add(Query.of(q -> q.term(t -> t.field("trackingCode").value(code).boost(10f)))));
        DocumentReference.numberPattern(text).ifPresent(pattern -> queries.add(Query.of(q -> q.wildcard(w -> w
                .field("number").value(pattern).caseInsensitive(true).boost(10f)))));
        return queries;
    }

    private static List<SortOptions> sortOf(SearchOrder order) {
        List<SortOptions> sort = new ArrayList<>();
        if (order != SearchOrder.NEWEST) {
            sort.add(SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc))));
        }
        sort.add(SortOptions.of(o -> o.field(f -> f.field("registeredAt").order(SortOrder.Desc))));
        sort.add(SortOptions.of(o -> o.field(f -> f.field("documentId").order(SortOrder.Asc))));
        return sort;
    }

    private static Map<String, List<FacetCount>> facets(Map<String, Aggregate> aggregations) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        FACETS.keySet().stream().sorted().forEach(name -> facets.put(name, aggregations.get(name).sterms().buckets()
                .array().stream()
                .map(bucket -> new FacetCount(bucket.key().stringValue(), bucket.docCount()))
                .toList()));
        return facets;
    }

    private static SearchHit toHit(Hit<DocumentEntry> hit) {
        DocumentEntry source = hit.source();
        List<String> highlights = HIGHLIGHTED.stream()
                .flatMap(field -> hit.highlight().getOrDefault(field, List.of()).stream())
                .toList();
        return new SearchHit(source.documentId, DocumentType.valueOf(source.type), source.subject, source.officeCode,
                DocumentState.valueOf(source.state), source.number, Instant.parse(source.registeredAt), highlights,
                (int) source.signers.stream().filter(DocumentEntry.SignerEntry::signed).count(), source.signers.size(),
                source.observation != null, source.applicant != null);
    }

    private static DocumentView toView(DocumentEntry source) {
        return new DocumentView(source.documentId, DocumentType.valueOf(source.type), source.subject,
                source.officeCode, source.author, DocumentState.valueOf(source.state), source.number, source.version,
                new ContentRef(source.objectKey, source.sha256, source.size, source.pages),
                Instant.parse(source.registeredAt), source.textExtracted, source.confidential, source.caseFileId,
                source.trackingCode,
                source.signers.stream().map(s -> new SignerStatus(s.username(), SignatureRole.valueOf(s.role()),
                        s.signed())).toList(),
                source.attachments.stream().map(DocumentEntry.AttachmentEntry::fileName).toList(),
                source.derivations.stream().map(d -> new DerivationStatus(d.derivationId(),
                        RecipientKind.valueOf(d.kind()), d.recipient(), DerivationAction.valueOf(d.action()),
                        d.dueDate() == null ? null : LocalDate.parse(d.dueDate()), d.copy(),
                        DerivationState.valueOf(d.state()), d.overdue())).toList(),
                source.recipients, applicantOf(source.applicant), source.observation == null ? null
                        : new DocumentObservation(source.observation.by(), source.observation.reason(),
                                Instant.parse(source.observation.at())));
    }

    private static Applicant applicantOf(DocumentEntry.ApplicantEntry applicant) {
        return applicant == null ? null : new Applicant(applicant.identityType() == null ? null
                : IdentityDocumentType.valueOf(applicant.identityType()), applicant.identityNumber(), applicant.name(),
                applicant.email());
    }
}
