package pe.ceropapel.api.rules;

/** A command that the current state does not allow (answered 409). */
public class IllegalTransitionException extends IllegalStateException implements RuleViolation {

    private final String template;
    private final transient Object[] arguments;

    public IllegalTransitionException(String template, Object... arguments) {
        super(RuleViolation.format(template, arguments));
        this.template = template;
        this.arguments = arguments.clone();
    }

    @Override
    public String template() {
        return template;
    }

    @Override
    public Object[] arguments() {
        return arguments.clone();
    }
}
