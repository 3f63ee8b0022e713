package pe.ceropapel.api.timeline;

/** Asks for the timeline of a case file, oldest step first; answered with a list of {@link TimelineEntry}. */
public record FindCaseFileTimelineQuery(String caseFileId) {
}
