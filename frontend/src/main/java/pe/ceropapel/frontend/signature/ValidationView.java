package pe.ceropapel.frontend.signature;

import java.util.List;
import pe.ceropapel.signature.pades.SignatureReport;
import pe.ceropapel.signature.pades.ValidationReport;

/**
 * The answer of a verification: the document (when found by its code), each signature's validation,
 * and DSS's XML reports when asked for.
 *
 * @param number the document's number, when verified by code and numbered
 */
public record ValidationView(String verificationCode, String number, boolean valid, List<SignatureReport> signatures,
                      String simpleReport, String detailedReport) {

    public static ValidationView of(String verificationCode, String number, ValidationReport report) {
        return new ValidationView(verificationCode, number, report.allPassed(), report.signatures(),
                report.simpleReportXml(), report.detailedReportXml());
    }
}
