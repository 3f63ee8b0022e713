package pe.ceropapel.api.derivation;

/** A derivation goes to an office (any of its people may act) or to one person. */
public enum RecipientKind {
    OFFICE,
    PERSON
}
