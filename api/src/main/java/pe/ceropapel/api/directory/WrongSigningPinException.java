package pe.ceropapel.api.directory;

/**
 * A wrong PIN for a server-held signing key. Checked on purpose: a command handler that throws it
 * still commits what it applied before (Axon rolls back on unchecked exceptions only), so the
 * wrong attempt is recorded while nothing is signed.
 */
public class WrongSigningPinException extends Exception {

    private final boolean keyLocked;

    public WrongSigningPinException(String username, boolean keyLocked) {
        super("wrong signing PIN for " + username + (keyLocked ? "; the key is now locked" : ""));
        this.keyLocked = keyLocked;
    }

    /** Whether this wrong PIN locked the key. */
    public boolean keyLocked() {
        return keyLocked;
    }
}
