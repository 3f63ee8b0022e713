package pe.ceropapel.api.rules;

/** A command carries a value that a rule forbids (answered 422). */
public class InvalidValueException extends IllegalArgumentException implements RuleViolation {

    private final transient Rule rule;

    public InvalidValueException(String template, Object... arguments) {
        this(new Rule(template, arguments));
    }

    private InvalidValueException(Rule rule) {
        super(rule.message());
        this.rule = rule;
    }

    @Override
    public Rule rule() {
        return rule;
    }
}
