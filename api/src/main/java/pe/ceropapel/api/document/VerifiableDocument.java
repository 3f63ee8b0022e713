package pe.ceropapel.api.document;

/**
 * What public verification shows of a document: its identity and its latest signed content.
 *
 * @param number the document's number, or null when it has none (only vistos buenos so far)
 */
public record VerifiableDocument(String documentId, String number, ContentRef content) {
}
