package pe.ceropapel.api.casefile;

/** How an applicant identifies: a person with a DNI, a company with a RUC. */
public enum IdentityDocumentType {
    DNI,
    RUC
}
