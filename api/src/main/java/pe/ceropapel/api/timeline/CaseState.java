package pe.ceropapel.api.timeline;

/** Where a case file stands, as a citizen follows it. */
public enum CaseState {
    REGISTERED,
    IN_PROGRESS,
    ATTENDED,
    RETURNED,
    ARCHIVED,
    ANNULLED
}
