package pe.ceropapel.api.timeline;

import java.time.Instant;

/**
 * One step of a case file's life.
 *
 * @param office the office where the step happened: the origin office, or the recipient of a derivation
 * @param actor  who acted, as recorded in the event's metadata
 */
public record TimelineEntry(Instant at, String documentId, TimelineAction action, String office, String actor) {
}
