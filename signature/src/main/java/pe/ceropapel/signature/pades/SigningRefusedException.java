package pe.ceropapel.signature.pades;

/** A PDF cannot be signed as asked; nothing was produced. */
public class SigningRefusedException extends RuntimeException {

    /** Why signing was refused. */
    public enum Reason {
        /** encrypted or password-protected */
        ENCRYPTED,
        /** not a readable PDF */
        MALFORMED,
        /** certified by its author with no changes allowed (DocMDP P=1) */
        CERTIFIED,
        /** a remote signature value does not match the data to sign and the certificate */
        BAD_SIGNATURE_VALUE,
        /** the certificate cannot sign (expired, not yet valid, revoked, no revocation data for LT) */
        CERTIFICATE,
        /** the certificate does not chain to a trusted anchor (self-made, or of an authority we do not trust) */
        UNTRUSTED,
        /** the time-stamping authority or revocation services could not be reached */
        SERVICES_UNAVAILABLE
    }

    private final Reason reason;

    public SigningRefusedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
