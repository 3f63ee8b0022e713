package pe.ceropapel.api.idempotency;

/**
 * A command sent for a request that carried an {@code Idempotency-Key} names it in its metadata;
 * the command side does such a command once per person and key, and answers a repeat with the
 * remembered result.
 */
public final class IdempotentCommands {

    /** Metadata key: the client's key and which command of the request this is ({@code key#n}). */
    public static final String REQUEST_KEY = "requestKey";
    /** Metadata key: the SHA-256 of what the request asked for (method, path, body); a key is one request's. */
    public static final String REQUEST_FINGERPRINT = "requestFingerprint";

    private IdempotentCommands() {
    }
}
