package pe.ceropapel.api.document;

/**
 * What a signer is about to sign.
 *
 * @param version          the content version to sign (the signature must name it)
 * @param finalSignature   whether this is the last signature of the plan (the document needs its number)
 * @param number           the document's number, or null before one is assigned
 * @param plannedSignatures how many signatures the plan asks for (room is made for all their stamps)
 * @param verificationCode the code printed on the document for public verification, or null before the first signature
 */
public record SignatureTurn(String documentId, DocumentType type, String officeCode, SignatureRole role, int version,
                            ContentRef content, boolean finalSignature, DocumentNumber number,
                            int plannedSignatures, String verificationCode) {
}
