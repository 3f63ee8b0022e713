package pe.ceropapel.frontend.signature;

import java.io.IOException;
import java.io.InputStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import pe.ceropapel.api.audit.RecordPublicContentReadCommand;
import pe.ceropapel.api.document.VerifiableDocument;
import pe.ceropapel.frontend.document.DocumentFileNames;
import pe.ceropapel.frontend.problem.NotFoundException;
import pe.ceropapel.signature.pdf.PdfRejectedException;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.VerifiedCopy;

/**
 * Public verification, without login and rate-limited: by the code printed on a document (what its
 * QR code leads to) it returns the validation, and the signed PDF where the entity publishes it; for
 * any uploaded PDF, signed here or elsewhere, it returns the validation. It reveals nothing else
 * about the document.
 */
@RestController
class VerificationController {

    static final String BY_CODE = "/api/public/verification/{code}";

    private final VerifiableDocuments documents;
    private final ObjectStorage storage;
    private final StoredPdfValidation validation;
    private final CommandGateway commands;

    VerificationController(VerifiableDocuments documents, ObjectStorage storage, StoredPdfValidation validation,
                           CommandGateway commands) {
        this.documents = documents;
        this.commands = commands;
        this.storage = storage;
        this.validation = validation;
    }

    @GetMapping(BY_CODE)
    ValidationView byCode(@PathVariable String code, @RequestParam(defaultValue = "false") boolean reports)
            throws IOException {
        VerifiableDocument document = find(code);
        return validation.of(document.content(), normalize(code), document.number(), reports);
    }

    /**
     * The signed PDF, only where the entity's rule publishes it (otherwise 404, as for an unknown
     * code); every download is recorded, with the reader's address, before anything is sent.
     */
    @GetMapping(BY_CODE + "/content")
    ResponseEntity<StreamingResponseBody> content(@PathVariable String code) {
        VerifiableDocument document = documents.publicContent(code)
                .orElseThrow(() -> new NotFoundException("public content of verification code", code));
        commands.sendAndWait(new RecordPublicContentReadCommand(document.documentId(), normalize(code),
                document.content().sha256()));
        InputStream pdf = storage.open(document.content().objectKey(), document.content().sha256());
        StreamingResponseBody body = out -> {
            try (pdf) {
                VerifiedCopy.copy(pdf, out);
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(document.content().size())
                .cacheControl(CacheControl.noCache())
                .header("Content-Disposition", DocumentFileNames.inline(DocumentFileNames.of(
                        document.number() != null ? document.number() : normalize(code))))
                .body(body);
    }

    @PostMapping(value = "/api/public/verification", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ValidationView upload(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean reports)
            throws IOException, PdfRejectedException {
        return validation.ofUpload(file, reports);
    }

    private VerifiableDocument find(String code) {
        return documents.byCode(code).orElseThrow(() -> new NotFoundException("verification code", code));
    }

    private static String normalize(String code) {
        return VerifiableDocuments.normalize(code);
    }
}
