package pe.ceropapel.api.document;

import pe.ceropapel.api.access.ActorCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a draft's PDF with a new version; earlier versions are kept. */
public record ReplaceContentCommand(@TargetAggregateIdentifier String documentId, String actor, ContentRef content) implements ActorCommand {
}
