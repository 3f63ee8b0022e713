package pe.ceropapel.api.document;

import pe.ceropapel.api.access.ActorCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes an annex from a draft (its stored object stays, as every past version does). */
public record RemoveAttachmentCommand(@TargetAggregateIdentifier String documentId, String actor, String attachmentId) implements ActorCommand {
}
