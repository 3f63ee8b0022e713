package pe.ceropapel.api.derivation;

import pe.ceropapel.api.access.ActorCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The recipient sends the derivation back (devolver), with a reason. */
public record ReturnDerivationCommand(@TargetAggregateIdentifier String documentId, String derivationId, String actor,
                                      String reason) implements ActorCommand {
}
