package pe.ceropapel.signature.pades;

/** A signing key could not be opened or used: wrong PIN, no such key, token unreachable. */
public class SigningKeyException extends RuntimeException {

    /** Why a key could not be used, so that callers can answer precisely. */
    public enum Reason { WRONG_PIN, NO_KEY, UNAVAILABLE }

    private final Reason reason;

    public SigningKeyException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
