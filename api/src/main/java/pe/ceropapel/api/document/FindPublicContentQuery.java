package pe.ceropapel.api.document;

/**
 * Asks for the signed PDF that anyone may download by the verification code printed on it; answered
 * with an optional {@link VerifiableDocument}, empty for an unknown code and for a document whose PDF
 * the entity's rule keeps from the public (confidential, not issued, or of a type never published).
 */
public record FindPublicContentQuery(String verificationCode) {
}
