package pe.ceropapel.api.document;

/** Free-text search over documents' metadata and PDF text; answered with {@link SearchResult}. */
public record SearchDocumentsQuery(String text, int size) {
}
