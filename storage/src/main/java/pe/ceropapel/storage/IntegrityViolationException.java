package pe.ceropapel.storage;

import java.io.IOException;

/** Bytes read or written do not have the SHA-256 they are named by. */
public class IntegrityViolationException extends IOException {

    public IntegrityViolationException(String message) {
        super(message);
    }
}
