package pe.ceropapel.command;

/** How aggregates refuse bad values ({@link IllegalArgumentException}) and illegal transitions. */
public final class Rules {

    private Rules() {
    }

    /** Refuses a bad value. */
    public static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Refuses an action that the aggregate's current state does not allow. */
    public static void requireState(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
