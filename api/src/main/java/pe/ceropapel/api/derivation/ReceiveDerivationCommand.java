package pe.ceropapel.api.derivation;

import pe.ceropapel.api.access.ActorCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The recipient acknowledges receipt (recibir); the clock of the derivation starts. */
public record ReceiveDerivationCommand(@TargetAggregateIdentifier String documentId, String derivationId, String actor) implements ActorCommand {
}
