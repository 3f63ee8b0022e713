package pe.ceropapel.api.document;

/** Where a document is in its life. */
public enum DocumentState {
    /** Being written or signed; goes back here when a signer rejects it. */
    DRAFT,
    /** Every planned signature is in place (emitido). */
    ISSUED,
    ARCHIVED,
    /** Withdrawn after issue by the head of its office; keeps its number. */
    ANNULLED,
    /** A draft thrown away before any signature. */
    DISCARDED
}
