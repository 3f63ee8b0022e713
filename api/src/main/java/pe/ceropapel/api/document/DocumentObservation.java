package pe.ceropapel.api.document;

import java.time.Instant;

/** Why and by whom a document was observed (sent back to its author), while its author has not sent it again. */
public record DocumentObservation(String by, String reason, Instant at) {
}
