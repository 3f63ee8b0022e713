package pe.ceropapel.api.inbox;

import pe.ceropapel.api.access.Reader;

/**
 * Asks for one page of a tray, newest first; answered with {@link InboxPage}.
 *
 * @param after the {@link InboxPage#next()} cursor of the previous page, or null for the first
 */
public record FindInboxQuery(Reader reader, InboxScope scope, InboxTab tab, int size, String after) {
}
