package pe.ceropapel.api.document;

import pe.ceropapel.api.access.ActorCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The head of the origin office withdraws an issued document, with a reason. */
public record AnnulDocumentCommand(@TargetAggregateIdentifier String documentId, String actor, String reason) implements ActorCommand {
}
