package pe.ceropapel.command.interop;

import java.time.Duration;

/**
 * Who we are to other entities and how the outbox retries.
 *
 * @param entityRuc   our RUC, the sender of what we send and the receiver of what we receive
 * @param firstRetry  the wait after a first failed attempt; it doubles with every failure
 * @param longestWait the longest wait between two attempts
 * @param timeout     how long one attempt may take
 */
public record InteropSettings(String entityRuc, String entityName, Duration firstRetry, Duration longestWait,
                              Duration timeout) {

    /** When to try again after attempt {@code attempt} (1 for the first) failed. */
    Duration waitAfter(int attempt) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }
}
