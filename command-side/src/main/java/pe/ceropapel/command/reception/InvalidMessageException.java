package pe.ceropapel.command.reception;

/** A message from another entity that lacks a field, garbles one, or does not concern us. */
public class InvalidMessageException extends RuntimeException {

    public InvalidMessageException(String message) {
        super(message);
    }
}
