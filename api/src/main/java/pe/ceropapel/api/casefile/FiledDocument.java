package pe.ceropapel.api.casefile;

import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.idempotency.RememberedResult;

/**
 * Where a registered document was filed.
 *
 * @param accessKey the new case file's access key, to be shown once to the applicant; null when the
 *                  document joined an existing case file
 */
public record FiledDocument(String documentId, String caseFileId, String trackingCode, String accessKey,
                            ContentRef receipt) implements RememberedResult {

    /** Filed with no receipt: by a person of the entity. */
    public FiledDocument(String documentId, String caseFileId, String trackingCode, String accessKey) {
        this(documentId, caseFileId, trackingCode, accessKey, null);
    }

    /** A repeated request answers where the document was filed, never the access key again. */
    @Override
    public FiledDocument toRemember() {
        return new FiledDocument(documentId, caseFileId, trackingCode, null, receipt);
    }
}
