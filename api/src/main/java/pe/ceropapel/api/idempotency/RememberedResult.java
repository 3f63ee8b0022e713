package pe.ceropapel.api.idempotency;

/**
 * A command result that holds something to be shown only once (an access key): what is remembered
 * for repeated requests leaves it out.
 */
public interface RememberedResult {

    /** This result without what may be shown only once. */
    Object toRemember();
}
