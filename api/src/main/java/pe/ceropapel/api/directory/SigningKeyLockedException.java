package pe.ceropapel.api.directory;

import pe.ceropapel.api.rules.IllegalTransitionException;

/** A locked signing key was asked to sign: only an administrator can unlock it. */
public class SigningKeyLockedException extends IllegalTransitionException {

    public SigningKeyLockedException(String username) {
        super("the signing key of %s is locked after too many wrong PINs", username);
    }
}
