package pe.ceropapel.api.document;

/**
 * A signer signs a document in their turn: the workflow numbers it first when this is the final
 * signature, has the content signed and records the signature. Answered with a {@link SignatureOutcome}.
 *
 * @param pin unlocks the signer's key; never logged (see {@link #toString()}); null when the key
 *            source needs none (an HSM opened by the application)
 */
public record SignDocumentCommand(String documentId, String signer, String pin) {

    @Override
    public String toString() {
        return "SignDocumentCommand[documentId=" + documentId + ", signer=" + signer + ", pin=***]";
    }
}
