package pe.ceropapel.api.derivation;

/** What the recipient of a derivation is asked to do. */
public enum DerivationAction {
    ATENDER,
    CONOCIMIENTO,
    VISTO_BUENO,
    FIRMA,
    ARCHIVAR
}
