package pe.ceropapel.command.clientsigning;

/** A ticket or a returned file that is refused; nothing was changed. */
public class ClientSigningRefusedException extends RuntimeException {

    /** Why, each said in Spanish by the web layer's messages. */
    public enum Reason {
        UNKNOWN_TICKET, EXPIRED_TICKET, USED_TICKET, NOT_A_SIGNED_PDF, CHANGED_REVISION, NOT_ONE_NEW_SIGNATURE,
        NOT_INTACT, NOT_COVERING, FOREIGN_CERTIFICATE, UNTRUSTED_CERTIFICATE, NOT_IN_TURN, UNKNOWN_FILE
    }

    private final Reason reason;

    public ClientSigningRefusedException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
