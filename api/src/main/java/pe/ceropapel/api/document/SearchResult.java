package pe.ceropapel.api.document;

import java.util.List;
import java.util.Map;

/**
 * One page of search hits with the total number of matches and, per facet (type, office, state,
 * signer), the number of matches of each value.
 *
 * @param next the cursor of the next page, or null after the last
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets, String next) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
