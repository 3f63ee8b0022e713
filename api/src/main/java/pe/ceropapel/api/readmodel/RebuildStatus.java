package pe.ceropapel.api.readmodel;

import java.time.Duration;
import java.time.Instant;

/**
 * Progress of a read-model rebuild.
 *
 * @param generation      the generation of indices being filled
 * @param eventsDone      the event store position the rebuild has reached
 * @param eventsTotal     the event store's head when last looked at
 * @param eventsPerSecond the average rate so far
 * @param remaining       the estimated time to reach the head at that rate, or null before any progress
 * @param error           why it failed, when {@code state} is FAILED
 */
public record RebuildStatus(State state, int generation, long eventsDone, long eventsTotal, double eventsPerSecond,
                            Duration remaining, Instant startedAt, Instant finishedAt, String error) {

    public enum State {
        /** Replaying events into the new indices. */
        REPLAYING,
        /** The aliases point at the new indices; the replay catches up with the events of the switch. */
        SWITCHING,
        DONE,
        FAILED
    }
}
