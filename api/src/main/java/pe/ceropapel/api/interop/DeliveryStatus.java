package pe.ceropapel.api.interop;

/** Where the outbox stands with an exchange's current message. */
public enum DeliveryStatus {
    /** Waiting for its first attempt. */
    QUEUED,
    /** An attempt failed; another one is scheduled. */
    RETRYING,
    DELIVERED,
    /** The other entity refused it, or is no longer a partner: no more attempts. */
    REFUSED
}
