package pe.ceropapel.signature.pades;

import java.time.Instant;

/**
 * The validation of one signature.
 *
 * @param signer              who signed (the signing certificate's common name)
 * @param signingTime         the best proven signing time (time-stamp when present, else claimed time)
 * @param level               the format reached, e.g. {@code PAdES-BASELINE-LT}
 * @param indication          {@code TOTAL_PASSED}, {@code INDETERMINATE} or {@code TOTAL_FAILED}
 * @param subIndication       the reason when not passed (e.g. {@code HASH_FAILURE}), else null
 * @param coversWholeDocument whether the signature covers the whole file, apart from validation data and
 *                            archive time-stamps added after it (false when later signatures followed)
 */
public record SignatureReport(String id, String signer, Instant signingTime, String level, String indication,
                              String subIndication, boolean coversWholeDocument) {

    public boolean passed() {
        return "TOTAL_PASSED".equals(indication);
    }
}
