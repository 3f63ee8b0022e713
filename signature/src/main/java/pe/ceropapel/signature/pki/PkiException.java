package pe.ceropapel.signature.pki;

/** The development PKI could not create, read or use its keys and certificates. */
public class PkiException extends RuntimeException {

    public PkiException(String message, Throwable cause) {
        super(message, cause);
    }
}
