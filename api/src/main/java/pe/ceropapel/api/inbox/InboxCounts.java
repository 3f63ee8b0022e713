package pe.ceropapel.api.inbox;

import java.util.Map;

/** The number of items in every tray. */
public record InboxCounts(Map<InboxTab, Long> counts) {
    public InboxCounts {
        counts = Map.copyOf(counts);
    }
}
