package pe.ceropapel.api.document;

/** The content version a signature produced, and the document's number when it has one. */
public record SignatureOutcome(String documentId, int version, DocumentNumber number) {
}
