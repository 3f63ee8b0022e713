package pe.ceropapel.frontend.interop;

/** A request from another entity that is not authenticated as an active partner's. */
public class EntityRefusedException extends RuntimeException {

    /** Why it was refused. */
    public enum Reason {
        /** No signature headers, an unknown RUC, a stale date or a signature that does not verify. */
        NOT_AUTHENTICATED,
        /** A partner that was revoked. */
        REVOKED
    }

    private final Reason reason;

    EntityRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
