package pe.ceropapel.api.document;

import pe.ceropapel.api.access.ActorCommand;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets who signs a draft, in order: visto bueno approvals, then the final signature. */
public record SetSignaturePlanCommand(@TargetAggregateIdentifier String documentId, String actor,
                                      List<PlannedSigner> signers) implements ActorCommand {
}
