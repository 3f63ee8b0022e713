package pe.ceropapel.api.directory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A person leaves the entity: they can no longer be planned as a signer or receive documents.
 *
 * @param deactivatedBy the administrator who does it: never the person themself
 */
public record DeactivatePersonCommand(@TargetAggregateIdentifier String username, String deactivatedBy) {
}
