package pe.ceropapel.api.access;

/**
 * A command was sent by a person whom the directory no longer lists as active (deactivated after
 * signing in): refused before anything is looked at (403).
 */
public class InactivePersonException extends RuntimeException {

    public InactivePersonException(String username) {
        super(username + " is no longer an active person of the entity");
    }
}
