package pe.ceropapel.api.directory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A person typed the PIN of their server-held signing key: whether it opened the key. Refused
 * while the key is locked; wrong PINs in a row lock it, a right one clears the count.
 */
public record RecordSigningPinAttemptCommand(@TargetAggregateIdentifier String username, boolean correct) {
}
