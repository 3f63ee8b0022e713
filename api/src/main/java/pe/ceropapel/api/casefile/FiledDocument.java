package pe.ceropapel.api.casefile;

import pe.ceropapel.api.document.ContentRef;

/**
 * Where a registered document was filed.
 *
 * @param accessKey the new case file's access key, to be shown once to the applicant; null when the
 *                  document joined an existing case file
 */
public record FiledDocument(String documentId, String caseFileId, String trackingCode, String accessKey,
                            ContentRef receipt) {

    /** Filed with no receipt: by a person of the entity. */
    public FiledDocument(String documentId, String caseFileId, String trackingCode, String accessKey) {
        this(documentId, caseFileId, trackingCode, accessKey, null);
    }
}
