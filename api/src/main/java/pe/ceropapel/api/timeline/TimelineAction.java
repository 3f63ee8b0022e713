package pe.ceropapel.api.timeline;

/** The steps a case file's timeline shows. */
public enum TimelineAction {
    CASE_OPENED,
    DOCUMENT_FILED,
    REGISTERED,
    CONTENT_REPLACED,
    DISCARDED,
    APPROVED,
    SIGNED,
    REJECTED,
    RESUBMITTED,
    ISSUED,
    DERIVED,
    RECEIVED,
    ATTENDED,
    RETURNED,
    DERIVATION_ARCHIVED,
    OVERDUE,
    ARCHIVED,
    ANNULLED
}
