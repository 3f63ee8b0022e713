package pe.ceropapel.api.document;

import pe.ceropapel.api.access.ActorCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A person of the origin office archives an issued document. */
public record ArchiveDocumentCommand(@TargetAggregateIdentifier String documentId, String actor) implements ActorCommand {
}
