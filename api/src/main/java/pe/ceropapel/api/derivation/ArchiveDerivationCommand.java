package pe.ceropapel.api.derivation;

import pe.ceropapel.api.access.ActorCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The recipient files a received derivation without further action. */
public record ArchiveDerivationCommand(@TargetAggregateIdentifier String documentId, String derivationId, String actor) implements ActorCommand {
}
