package pe.ceropapel.query.document;

import java.time.Duration;

/**
 * How much of a PDF's text is extracted for search.
 *
 * @param maxPages the pages read, from the first
 * @param maxChars the characters kept
 * @param timeout  how long one extraction may take before the PDF is indexed without its text
 */
public record IndexingLimits(int maxPages, int maxChars, Duration timeout) {
}
