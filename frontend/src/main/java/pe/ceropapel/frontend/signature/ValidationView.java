package pe.ceropapel.frontend.signature;

import java.util.List;
import pe.ceropapel.signature.pades.ValidationReport;

/**
 * The answer of a verification: the document (when found by its code), each signature's validation
 * with the Spanish reason of its verdict, and DSS's XML reports when asked for.
 *
 * @param number the document's number, when verified by code and numbered
 */
public record ValidationView(String verificationCode, String number, boolean valid,
                             List<ExplainedSignature> signatures, String simpleReport, String detailedReport) {

    public static ValidationView of(String verificationCode, String number, ValidationReport report,
                                    SignatureExplanations explanations) {
        return new ValidationView(verificationCode, number, report.allPassed(),
                report.signatures().stream().map(explanations::explain).toList(),
                report.simpleReportXml(), report.detailedReportXml());
    }
}
