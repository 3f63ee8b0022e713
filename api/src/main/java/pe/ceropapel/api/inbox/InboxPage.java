package pe.ceropapel.api.inbox;

import java.util.List;

/** One page of a tray; {@code next} is the cursor of the following page, or null after the last. */
public record InboxPage(List<InboxItem> items, String next) {
    public InboxPage {
        items = List.copyOf(items);
    }
}
