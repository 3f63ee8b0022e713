package pe.ceropapel.api.derivation;

/**
 * A derivation goes to an office (any of its people may act), to one person, or to another entity
 * (named by its RUC; it answers with a cargo).
 */
public enum RecipientKind {
    OFFICE,
    PERSON,
    ENTITY
}
