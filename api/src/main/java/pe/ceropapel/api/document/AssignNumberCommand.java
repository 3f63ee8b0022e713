package pe.ceropapel.api.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the number that the document's numbering series handed out for it. */
public record AssignNumberCommand(@TargetAggregateIdentifier String documentId, DocumentNumber number) {
}
