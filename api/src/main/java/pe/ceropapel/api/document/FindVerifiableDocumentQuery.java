package pe.ceropapel.api.document;

/** Looks up, by its verification code, what the public may see of a signed document. */
public record FindVerifiableDocumentQuery(String verificationCode) {
}
