package pe.ceropapel.api.rules;

import java.util.List;
import java.util.Locale;

/**
 * A command refused by a business rule. The English message is formatted from a template with
 * {@code %s} placeholders; the web layer shows people the Spanish text of the same template.
 */
public interface RuleViolation {

    /** A rule's template and the values of its placeholders, in order. */
    record Rule(String template, List<Object> arguments) {

        public Rule(String template, Object... arguments) {
            this(template, List.of(arguments));
        }

        public String message() {
            return format(template, arguments.toArray());
        }
    }

    Rule rule();

    static String format(String template, Object... arguments) {
        return String.format(Locale.ROOT, template, arguments);
    }
}
