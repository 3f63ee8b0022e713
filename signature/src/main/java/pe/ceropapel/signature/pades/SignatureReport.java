package pe.ceropapel.signature.pades;

import java.time.Instant;

/**
 * The validation of one signature.
 *
 * @param signer              who signed (the signing certificate's common name)
 * @param signingTime         the signing time the signer claims (the time on the visible stamp)
 * @param timeStampedAt       when a time-stamping authority proved the signature existed (levels T and up), else null
 * @param level               the format reached, e.g. {@code PAdES-BASELINE-LT}
 * @param indication          {@code TOTAL_PASSED}, {@code INDETERMINATE} or {@code TOTAL_FAILED}
 * @param subIndication       the reason when not passed (e.g. {@code HASH_FAILURE}), else null
 * @param coversWholeDocument whether the signature covers the whole file, apart from validation data and
 *                            archive time-stamps added after it (false when later signatures followed)
 * @param intact              whether the signed bytes are unchanged and the signature value is cryptographically
 *                            valid, whatever is known of the signer's certificate
 * @param signerCertificateSha256 the SHA-256 of the signing certificate (DER), lowercase hexadecimal, or null
 * @param trust               the signer's certificate chain and who vouches for it, or null without a signing
 *                            certificate
 */
public record SignatureReport(String id, String signer, Instant signingTime, Instant timeStampedAt, String level,
                              String indication,
                              String subIndication, boolean coversWholeDocument, boolean intact,
                              String signerCertificateSha256, SignerTrust trust) {

    public boolean passed() {
        return "TOTAL_PASSED".equals(indication);
    }
}
