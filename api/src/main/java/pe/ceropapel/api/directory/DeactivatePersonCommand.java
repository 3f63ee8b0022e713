package pe.ceropapel.api.directory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A person leaves the entity: they can no longer be planned as a signer or receive documents. */
public record DeactivatePersonCommand(@TargetAggregateIdentifier String username) {
}
