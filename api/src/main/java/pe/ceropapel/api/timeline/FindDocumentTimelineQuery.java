package pe.ceropapel.api.timeline;

import pe.ceropapel.api.access.Reader;

/**
 * Asks for the timeline of one document, oldest step first; answered with a list of
 * {@link TimelineEntry}, empty when the document does not exist or {@code reader} may not read it.
 */
public record FindDocumentTimelineQuery(String documentId, Reader reader) {
}
