package pe.ceropapel.api.casefile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens a case file for its first document. The access key is given to the applicant once; only
 * its SHA-256 is kept.
 *
 * @param applicant null for a case that an office opens for itself
 */
public record OpenCaseFileCommand(@TargetAggregateIdentifier String caseFileId, String trackingCode,
                                  String accessKeySha256, String subject, CaseOrigin origin, Applicant applicant,
                                  String officeCode, String firstDocumentId) {
}
