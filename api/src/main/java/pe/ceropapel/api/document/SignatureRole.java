package pe.ceropapel.api.document;

/** A visto bueno (approval) or the final signature. */
public enum SignatureRole {
    APPROVAL,
    SIGNATURE
}
