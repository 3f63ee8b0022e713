package pe.ceropapel.api.inbox;

/** Whose inbox: the reader's own, or that of the reader's office. */
public enum InboxScope {
    PERSON,
    OFFICE
}
