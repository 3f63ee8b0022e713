package pe.ceropapel.api.inbox;

import pe.ceropapel.api.access.Reader;

/** Asks how many items each tray holds; answered with {@link InboxCounts}. */
public record FindInboxCountsQuery(Reader reader, InboxScope scope) {
}
