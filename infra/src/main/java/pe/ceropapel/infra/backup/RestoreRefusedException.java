package pe.ceropapel.infra.backup;

/** A restore that would mix installations or produce one that no longer trusts its own signatures: nothing was changed. */
public class RestoreRefusedException extends RuntimeException {

    public RestoreRefusedException(String message) {
        super(message);
    }
}
