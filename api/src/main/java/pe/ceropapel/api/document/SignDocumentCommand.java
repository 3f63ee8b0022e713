package pe.ceropapel.api.document;

/**
 * A signer signs a document in their turn: the workflow numbers it first when this is the final
 * signature, has the content signed and records the signature. Answered with a {@link SignatureOutcome}.
 *
 * @param unlockedKey the handle of the signer's key, unlocked for this signature by the application
 *                    where it was sent; the PIN that unlocked it is never part of a message
 */
public record SignDocumentCommand(String documentId, String signer, String unlockedKey) {
}
