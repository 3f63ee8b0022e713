package pe.ceropapel.api.timeline;

import java.time.Instant;

/**
 * One step of a document's or case file's life, as the entity's people follow it.
 *
 * @param office    the office where the step happened: the origin office, or the recipient of a derivation
 * @param recipient the person a derivation went to, when it went to a person
 * @param actor     who acted, as recorded in the event's metadata
 * @param comment   the reason or comment given with the step, if any
 */
public record TimelineEntry(Instant at, String documentId, TimelineAction action, String office, String recipient,
                            String actor, String comment) {
}
