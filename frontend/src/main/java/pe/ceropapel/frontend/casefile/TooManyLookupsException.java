package pe.ceropapel.frontend.casefile;

/** A tracking code looked up with wrong keys too often lately: answered 429, with when to try again. */
public class TooManyLookupsException extends RuntimeException {

    private final long retryAfterSeconds;

    TooManyLookupsException(long retryAfterSeconds) {
        super("too many failed lookups of this tracking code; retry in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
