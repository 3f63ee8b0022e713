package pe.ceropapel.api.timeline;

import java.time.Instant;
import java.util.List;

/**
 * The public view of a case file: its steps with no internal names, comments or contents.
 *
 * @param state   the case's state after its last step
 * @param receipt whether a sealed receipt (cargo) was issued for it, as for a request filed from outside
 */
public record CaseTracking(String trackingCode, String subject, Instant openedAt, CaseState state,
                           List<PublicTimelineEntry> steps, boolean receipt) {
    public CaseTracking {
        steps = List.copyOf(steps);
    }
}
