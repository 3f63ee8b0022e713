package pe.ceropapel.api.document;

import pe.ceropapel.api.access.Reader;

/**
 * Free-text search over documents' metadata, PDF text and annex names, narrowed by filters, among
 * the documents {@code reader} may read; answered with {@link SearchResult}.
 *
 * @param text  the words to find; blank to list by the filters alone
 * @param after the {@link SearchResult#next()} cursor of the previous page, or null for the first
 */
public record SearchDocumentsQuery(String text, SearchFilters filters, SearchOrder order, int size, String after,
                                   Reader reader) {
}
