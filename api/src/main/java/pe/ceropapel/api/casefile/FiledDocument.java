package pe.ceropapel.api.casefile;

/**
 * Where a registered document was filed.
 *
 * @param accessKey the new case file's access key, to be shown once to the applicant; null when the
 *                  document joined an existing case file
 */
public record FiledDocument(String documentId, String caseFileId, String trackingCode, String accessKey) {
}
