package pe.ceropapel.api.casefile;

/** Where a case file (expediente) came from. */
public enum CaseOrigin {
    /** Opened by a document of an office. */
    INTERNAL,
    /** Opened by a citizen or company through the mesa de partes virtual. */
    CITIZEN,
    /** Opened by a document received from another agency. */
    AGENCY
}
