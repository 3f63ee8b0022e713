package pe.ceropapel.api.document;

/**
 * Asks which documents a number or a case file's tracking code names (see {@link DocumentReference}),
 * whoever may read them: for the audit, which administrators use. Answered with a list of document ids.
 */
public record FindDocumentsByReferenceQuery(String reference) {
}
