package pe.ceropapel.api.document;

import pe.ceropapel.api.access.ActorCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Throws away a draft that nobody has signed. */
public record DiscardDraftCommand(@TargetAggregateIdentifier String documentId, String actor) implements ActorCommand {
}
