package pe.ceropapel.query.document;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.DocumentState;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.api.document.DocumentView;
import pe.ceropapel.api.document.FindDocumentQuery;
import pe.ceropapel.api.document.SearchDocumentsQuery;
import pe.ceropapel.api.document.SearchHit;
import pe.ceropapel.api.document.SearchResult;

/** Answers document queries from the {@code documents} index. */
@Component
class DocumentQueries {

    static final int MAX_PAGE_SIZE = 100;
    private static final String HIGHLIGHT_START = "<mark>";
    private static final String HIGHLIGHT_END = "</mark>";

    private final ElasticsearchClient client;

    DocumentQueries(ElasticsearchClient client) {
        this.client = client;
    }

    @QueryHandler
    Optional<DocumentView> handle(FindDocumentQuery query) throws IOException {
        var response = client.get(g -> g.index(DocumentsIndex.ALIAS).id(query.documentId()), IndexedDocument.class);
        return response.found() ? Optional.of(toView(response.source())) : Optional.empty();
    }

    @QueryHandler
    SearchResult handle(SearchDocumentsQuery query) throws IOException {
        int size = Math.max(1, Math.min(query.size(), MAX_PAGE_SIZE));
        SearchResponse<IndexedDocument> response = client.search(s -> s
                .index(DocumentsIndex.ALIAS)
                .size(size)
                .trackTotalHits(t -> t.enabled(true))
                .source(src -> src.filter(f -> f.excludes("text")))
                .query(q -> q.simpleQueryString(m -> m
                        .query(query.text())
                        .fields("subject^3", "text")
                        .defaultOperator(Operator.And)))
                .highlight(h -> h
                        .preTags(HIGHLIGHT_START)
                        .postTags(HIGHLIGHT_END)
                        .encoder(HighlighterEncoder.Html)
                        .fields("subject", f -> f.numberOfFragments(0))
                        .fields("text", f -> f.fragmentSize(160).numberOfFragments(3))),
                IndexedDocument.class);
        List<SearchHit> hits = response.hits().hits().stream().map(DocumentQueries::toHit).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchResult(total, hits);
    }

    private static SearchHit toHit(Hit<IndexedDocument> hit) {
        IndexedDocument source = hit.source();
        List<String> highlights = Stream.of("subject", "text")
                .flatMap(field -> hit.highlight().getOrDefault(field, List.of()).stream())
                .toList();
        return new SearchHit(source.documentId(), DocumentType.valueOf(source.type()), source.subject(),
                source.officeCode(), highlights);
    }

    private static DocumentView toView(IndexedDocument source) {
        return new DocumentView(source.documentId(), DocumentType.valueOf(source.type()), source.subject(),
                source.officeCode(), source.author(), DocumentState.valueOf(source.state()), source.number(),
                source.version(),
                new ContentRef(source.objectKey(), source.sha256(), source.size(), source.pages()),
                Instant.parse(source.registeredAt()), source.textExtracted());
    }
}
