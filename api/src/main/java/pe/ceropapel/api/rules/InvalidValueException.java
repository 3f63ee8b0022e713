package pe.ceropapel.api.rules;

/** A command carries a value that a rule forbids (answered 422). */
public class InvalidValueException extends IllegalArgumentException implements RuleViolation {

    private final String template;
    private final transient Object[] arguments;

    public InvalidValueException(String template, Object... arguments) {
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
