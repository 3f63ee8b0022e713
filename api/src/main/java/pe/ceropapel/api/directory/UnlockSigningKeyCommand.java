package pe.ceropapel.api.directory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An administrator unlocks a person's server-held signing key, locked after too many wrong PINs. */
public record UnlockSigningKeyCommand(@TargetAggregateIdentifier String username) {
}
