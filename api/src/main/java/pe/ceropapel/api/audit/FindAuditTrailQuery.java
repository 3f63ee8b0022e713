package pe.ceropapel.api.audit;

/**
 * Asks for the complete audit trail of a document (its events and the reads of it when
 * confidential) or of a person (every event caused by them), oldest first, read from the event
 * store; answered with a list of {@link AuditEntry}.
 */
public record FindAuditTrailQuery(Subject subject, String id) {

    /** Whose trail. */
    public enum Subject {
        DOCUMENT,
        PERSON
    }
}
