package pe.ceropapel.command.directory;

/**
 * How many wrong PINs in a row lock a person's server-held signing key (a token's usual limit is 3).
 */
public record SigningPinPolicy(int maxWrongPins) {

    public SigningPinPolicy {
        if (maxWrongPins < 1) {
            throw new IllegalArgumentException("at least one wrong PIN must be allowed before locking");
        }
    }
}
