package pe.ceropapel.api.document;

/** How many of the matching documents have one value of a facet. */
public record FacetCount(String value, long count) {
}
