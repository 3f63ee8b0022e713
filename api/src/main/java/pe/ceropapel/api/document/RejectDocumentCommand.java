package pe.ceropapel.api.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The signer whose turn it is sends the document back to its author (observar), with a reason. */
public record RejectDocumentCommand(@TargetAggregateIdentifier String documentId, String signer, String reason) {
}
