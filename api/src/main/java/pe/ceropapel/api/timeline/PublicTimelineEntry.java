package pe.ceropapel.api.timeline;

import java.time.Instant;

/**
 * One step of a case file as a citizen sees it.
 *
 * @param document the type and number of the document concerned, when it is issued and not
 *                 confidential; else only its type
 * @param state    the case's state after this step
 */
public record PublicTimelineEntry(Instant at, String office, TimelineAction action, String document,
                                  CaseState state) {
}
