package pe.ceropapel.api.document;

/** How search hits are ordered. */
public enum SearchOrder {
    /** Best match first. */
    RELEVANCE,
    /** Most recently registered first. */
    NEWEST
}
