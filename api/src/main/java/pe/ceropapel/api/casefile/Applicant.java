package pe.ceropapel.api.casefile;

/** Who a case file is for: a person (DNI) or a company (RUC), and how to reach them. */
public record Applicant(IdentityDocumentType identityType, String identityNumber, String name, String email) {
}
