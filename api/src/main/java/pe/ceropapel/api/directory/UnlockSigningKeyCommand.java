package pe.ceropapel.api.directory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An administrator unlocks a person's server-held signing key, locked after too many wrong PINs;
 * never their own, as the lock stands for the key's owner.
 */
public record UnlockSigningKeyCommand(@TargetAggregateIdentifier String username, String unlockedBy) {
}
