package pe.ceropapel.api.rules;

/** A command that the current state does not allow (answered 409). */
public class IllegalTransitionException extends IllegalStateException implements RuleViolation {

    private final transient Rule rule;

    public IllegalTransitionException(String template, Object... arguments) {
        this(new Rule(template, arguments));
    }

    private IllegalTransitionException(Rule rule) {
        super(rule.message());
        this.rule = rule;
    }

    @Override
    public Rule rule() {
        return rule;
    }
}
