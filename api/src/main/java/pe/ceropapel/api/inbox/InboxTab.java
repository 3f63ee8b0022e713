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
    /** Requests from outside the entity received by my office and not derived yet (mesa de partes). */
    REQUESTS,
    /** Derivations I sent that their recipient returned, and my documents a signer observed (devueltos). */
    RETURNED,
    /** My drafts not in signing (mis borradores). */
    DRAFTS,
    /** My drafts waiting for others' signatures (en firma). */
    IN_SIGNING,
    /** Derivations I sent (enviados). */
    SENT,
    /** Still open after their due date (vencidos). */
    OVERDUE;

    /** Whether its items wait for something from the reader (not only for others). */
    public boolean asksForWork() {
        return this != IN_SIGNING && this != SENT;
    }
}
