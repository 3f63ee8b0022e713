package pe.ceropapel.command.reception;

/** A PDF from another entity that is not signed, or whose signatures were broken by a change. */
public class InvalidSignatureException extends RuntimeException {

    public InvalidSignatureException(String message) {
        super(message);
    }
}
