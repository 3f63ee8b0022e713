package pe.ceropapel.api.readmodel;

/** A page cursor ({@code after}) that no page of this list handed out: bad input, not a failure. */
public class InvalidCursorException extends RuntimeException {

    public InvalidCursorException(String message) {
        super(message);
    }
}
