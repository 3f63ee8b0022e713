package pe.ceropapel.api.derivation;

import pe.ceropapel.api.access.ActorCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The recipient attends the derivation, optionally naming the document that answers it. */
public record AttendDerivationCommand(@TargetAggregateIdentifier String documentId, String derivationId, String actor,
                                      String answeringDocumentId, String comment) implements ActorCommand {
}
