package pe.ceropapel.api.document;

import java.util.List;

/** One page of search hits, best first, with the total number of matches. */
public record SearchResult(long total, List<SearchHit> hits) {

    public SearchResult {
        hits = List.copyOf(hits);
    }
}
