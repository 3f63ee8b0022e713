package pe.ceropapel.api.derivation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The recipient sends the derivation back (devolver), with a reason. */
public record ReturnDerivationCommand(@TargetAggregateIdentifier String documentId, String derivationId, String actor,
                                      String reason) {
}
