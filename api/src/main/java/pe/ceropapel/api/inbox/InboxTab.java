package pe.ceropapel.api.inbox;

/** The trays (bandejas) of an office's or a person's inbox. */
public enum InboxTab {
    /** Derived to me or my office, not received yet (por recibir). */
    TO_RECEIVE,
    /** Received, not answered yet (por atender). */
    TO_ATTEND,
    /** Waiting for my final signature (por firmar). */
    TO_SIGN,
    /** Waiting for my approval (por V°B°). */
    TO_APPROVE,
    /** Derivations I sent that their recipient returned (devueltos). */
    RETURNED,
    /** Derivations I sent (enviados). */
    SENT,
    /** Still open after their due date (vencidos). */
    OVERDUE
}
