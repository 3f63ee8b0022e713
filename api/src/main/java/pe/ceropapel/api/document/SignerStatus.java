package pe.ceropapel.api.document;

/** One step of a document's signature plan and whether it is done. */
public record SignerStatus(String username, SignatureRole role, boolean signed) {
}
