package pe.ceropapel.signature;

/** No signing service is configured or it cannot be reached; nothing was signed. */
public class SigningUnavailableException extends RuntimeException {

    public SigningUnavailableException(String message) {
        super(message);
    }
}
