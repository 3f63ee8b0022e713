package pe.ceropapel.frontend.idempotency;

/** An {@code Idempotency-Key} header that is not 8 to 100 letters, digits or {@code _ . : -}. */
public class InvalidIdempotencyKeyException extends RuntimeException {

    InvalidIdempotencyKeyException() {
        super("Idempotency-Key must be 8 to 100 characters of A-Z, a-z, 0-9, '_', '.', ':' or '-'");
    }
}
