package pe.ceropapel.api.rules;

import java.util.Locale;

/**
 * A command refused by a business rule. The English message is formatted from a template with
 * {@code %s} placeholders; the web layer shows people the Spanish text of the same template.
 */
public interface RuleViolation {

    /** The message with {@code %s} placeholders, also the key of its translation. */
    String template();

    /** The values of the placeholders, in order. */
    Object[] arguments();

    static String format(String template, Object... arguments) {
        return String.format(Locale.ROOT, template, arguments);
    }
}
