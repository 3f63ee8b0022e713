package pe.ceropapel.frontend.security;

import java.io.IOException;

/** A request body without a declared length went past the limit while it was being read. */
public class BodyTooLargeException extends IOException {

    BodyTooLargeException(long maxBytes) {
        super("the request body is larger than " + maxBytes + " bytes");
    }
}
