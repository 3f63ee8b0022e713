package pe.ceropapel.api.numbering;

import org.axonframework.serialization.Revision;

/** A correlative of a series was handed to a holder; it is never handed out again. */
@Revision("1")
public record NumberTakenEvent(String seriesId, long correlative, String holderId) {
}
