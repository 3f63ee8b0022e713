package pe.ceropapel.command;

import pe.ceropapel.api.rules.IllegalTransitionException;
import pe.ceropapel.api.rules.InvalidValueException;

/**
 * How aggregates refuse commands: a bad value ({@link InvalidValueException}, an
 * {@link IllegalArgumentException}) or an illegal transition ({@link IllegalTransitionException}, an
 * {@link IllegalStateException}). Messages are English templates with {@code %s} placeholders; each
 * has a Spanish translation under {@code rule.<slug>} in the web layer's message bundle.
 */
public final class Rules {

    private Rules() {
    }

    /** Refuses a bad value. */
    public static void require(boolean condition, String template, Object... arguments) {
        if (!condition) {
            throw new InvalidValueException(template, arguments);
        }
    }

    /** Refuses an action that the aggregate's current state does not allow. */
    public static void requireState(boolean condition, String template, Object... arguments) {
        if (!condition) {
            throw new IllegalTransitionException(template, arguments);
        }
    }
}
