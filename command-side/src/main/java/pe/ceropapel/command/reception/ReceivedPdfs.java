package pe.ceropapel.command.reception;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import pe.ceropapel.signature.pades.SignatureReport;
import pe.ceropapel.signature.pades.SignatureValidator;
import pe.ceropapel.signature.pades.ValidationReport;
import pe.ceropapel.signature.pdf.PdfInspector;
import pe.ceropapel.signature.pdf.PdfRejectedException;

/**
 * Checks a PDF another entity sent before anything is stored: it must parse, carry no active
 * content, and carry signatures that are all intact, the last of them covering the whole file.
 */
@Component
class ReceivedPdfs {

    private final PdfInspector inspector = new PdfInspector();
    private final SignatureValidator validator;

    ReceivedPdfs(SignatureValidator validator) {
        this.validator = validator;
    }

    /**
     * @throws PdfRejectedException       when it is not an acceptable PDF
     * @throws InvalidSignatureException when it is unsigned or was changed after signing
     */
    ValidationReport checkSigned(byte[] pdf) throws IOException, PdfRejectedException {
        Path copy = Files.createTempFile("ceropapel-interop", ".pdf");
        try {
            Files.write(copy, pdf);
            inspector.inspectForFiling(copy);
            ValidationReport report = validator.validate(copy, false);
            if (report.signatures().isEmpty()) {
                throw new InvalidSignatureException("the PDF has no signature");
            }
            if (!report.signatures().stream().allMatch(SignatureReport::intact)
                    || report.signatures().stream().noneMatch(SignatureReport::coversWholeDocument)) {
                throw new InvalidSignatureException("the PDF was changed after it was signed");
            }
            return report;
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
