package pe.ceropapel.api.document;

/**
 * A signer signs a document in their turn: the workflow numbers it first when this is the final
 * signature, has the content signed and records the signature. Answered with a {@link SignatureOutcome}.
 */
public record SignDocumentCommand(String documentId, String signer) {
}
