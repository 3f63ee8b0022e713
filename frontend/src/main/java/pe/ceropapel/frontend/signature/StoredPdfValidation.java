package pe.ceropapel.frontend.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.document.ContentRef;
import org.springframework.web.multipart.MultipartFile;
import pe.ceropapel.signature.pades.SignatureValidator;
import pe.ceropapel.signature.pdf.PdfInspector;
import pe.ceropapel.signature.pdf.PdfRejectedException;
import pe.ceropapel.storage.ObjectStorage;

/** Validates the signatures of a stored PDF (read from the object store, its digest verified) or an uploaded one. */
@Component
public class StoredPdfValidation {

    private final ObjectStorage storage;
    private final SignatureValidator validator;
    private final SignatureExplanations explanations;
    private final PdfInspector inspector = new PdfInspector();

    StoredPdfValidation(ObjectStorage storage, SignatureValidator validator, SignatureExplanations explanations) {
        this.storage = storage;
        this.validator = validator;
        this.explanations = explanations;
    }

    /**
     * @param verificationCode the code printed on the document, if it has one
     * @param number           the document's official number, if it has one
     */
    /**
     * Validates an uploaded PDF, signed here or elsewhere, after checking that it is a readable PDF.
     *
     * @throws PdfRejectedException when it is not
     */
    public ValidationView ofUpload(MultipartFile file, boolean reports) throws IOException, PdfRejectedException {
        Path copy = Files.createTempFile("ceropapel-verify", ".pdf");
        try {
            file.transferTo(copy);
            inspector.inspect(copy);
            return ValidationView.of(null, null, validator.validate(copy, reports), explanations);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    public ValidationView of(ContentRef content, String verificationCode, String number, boolean reports)
            throws IOException {
        Path copy = Files.createTempFile("ceropapel-verify", ".pdf");
        try {
            try (InputStream in = storage.open(content.objectKey(), content.sha256())) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return ValidationView.of(verificationCode, number, validator.validate(copy, reports), explanations);
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
