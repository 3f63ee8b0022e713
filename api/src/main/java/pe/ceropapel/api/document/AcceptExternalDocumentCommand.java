package pe.ceropapel.api.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A document that came from outside the entity (a citizen's request, another agency's document) is
 * issued as received: it needs no signature of ours, and the mesa de partes can derive it at once.
 */
public record AcceptExternalDocumentCommand(@TargetAggregateIdentifier String documentId) {
}
