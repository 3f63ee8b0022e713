package pe.ceropapel.api.derivation;

import pe.ceropapel.api.access.ActorCommand;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sends an issued document to offices or people. {@code parentDerivationId} is null when its origin
 * office derives it, or names the received derivation that its recipient derives further.
 */
public record DeriveDocumentCommand(@TargetAggregateIdentifier String documentId, String actor,
                                    String parentDerivationId, List<DerivationTarget> targets, String comment) implements ActorCommand {
}
