package pe.ceropapel.api.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds an annex to a draft. */
public record AddAttachmentCommand(@TargetAggregateIdentifier String documentId, String actor, Attachment attachment) {
}
