package pe.ceropapel.api.casefile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Files a further document (an answer, a report) in an open case file: {@code filer}, of office
 * {@code officeCode}, registered it. Only people who take part in the case file may file in it.
 */
public record AddDocumentToCaseFileCommand(@TargetAggregateIdentifier String caseFileId, String documentId,
                                           String filer, String officeCode) {
}
