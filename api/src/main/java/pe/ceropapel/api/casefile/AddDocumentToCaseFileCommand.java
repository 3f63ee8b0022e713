package pe.ceropapel.api.casefile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Files a further document (an answer, a report) in an open case file. */
public record AddDocumentToCaseFileCommand(@TargetAggregateIdentifier String caseFileId, String documentId) {
}
