package pe.ceropapel.signature.pdf;

import java.io.IOException;

/** Something in a PDF goes beyond what the system processes; the message says what, in English. */
final class LimitExceeded extends IOException {

    LimitExceeded(String what) {
        super(what, null);
    }

    /** A stream that decodes to more than {@code limit} bytes. */
    static LimitExceeded decodesToMoreThan(long limit) {
        return new LimitExceeded("decodes to more than " + limit + " bytes");
    }
}
