package pe.ceropapel.api.document;

import pe.ceropapel.api.access.ActorCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds an annex to a draft. */
public record AddAttachmentCommand(@TargetAggregateIdentifier String documentId, String actor, Attachment attachment) implements ActorCommand {
}
