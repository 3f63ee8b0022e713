package pe.ceropapel.api.timeline;

import java.time.Duration;

/**
 * Waits, at most {@code timeout}, until the read models have handled every event stored before the
 * query was sent (read-your-writes after a command); answered with {@code true} when they have.
 */
public record AwaitReadModelsQuery(Duration timeout) {
}
