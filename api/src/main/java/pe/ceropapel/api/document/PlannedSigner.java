package pe.ceropapel.api.document;

/** One step of a signature plan: who signs, and as what. */
public record PlannedSigner(String username, SignatureRole role) {
}
