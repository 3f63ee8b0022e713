package pe.ceropapel.api.timeline;

import pe.ceropapel.api.access.Reader;

/**
 * Asks for the timeline of a case file, oldest step first, with the steps of the documents
 * {@code reader} may read; answered with a list of {@link TimelineEntry} (empty when none).
 */
public record FindCaseFileTimelineQuery(String caseFileId, Reader reader) {
}
