package pe.ceropapel.frontend.problem;

import java.util.Locale;

/** Where the Spanish text of a business rule is found in the message bundle. */
final class RuleMessages {

    private RuleMessages() {
    }

    /** {@code rule.} and the template in lower case with every run of other characters as one dash. */
    static String key(String template) {
        String slug = template.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return "rule." + slug;
    }
}
