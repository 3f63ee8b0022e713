package pe.ceropapel.signature.pades;

import java.util.List;

/**
 * The validation of a PDF: one report per signature, in signing order, and on request DSS's own
 * simple and detailed reports (XML) for anyone who wants every check.
 */
public record ValidationReport(List<SignatureReport> signatures, String simpleReportXml, String detailedReportXml) {

    public ValidationReport {
        signatures = List.copyOf(signatures);
    }

    /** Signed, every signature passed, and the last one covers the whole file. */
    public boolean allPassed() {
        return !signatures.isEmpty() && signatures.stream().allMatch(SignatureReport::passed)
                && signatures.stream().anyMatch(SignatureReport::coversWholeDocument);
    }
}
