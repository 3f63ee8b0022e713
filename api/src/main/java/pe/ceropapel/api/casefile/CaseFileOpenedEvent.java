package pe.ceropapel.api.casefile;

import org.axonframework.serialization.Revision;

/** A case file was opened with its first document. */
@Revision("1")
public record CaseFileOpenedEvent(String caseFileId, String trackingCode, String accessKeySha256, String subject,
                                  CaseOrigin origin, Applicant applicant, String officeCode, String firstDocumentId) {
}
