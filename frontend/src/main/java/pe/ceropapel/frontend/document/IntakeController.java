package pe.ceropapel.frontend.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import pe.ceropapel.api.casefile.Applicant;
import pe.ceropapel.api.casefile.FiledDocument;
import pe.ceropapel.api.casefile.IdentityDocumentType;
import pe.ceropapel.frontend.PlainText;
import pe.ceropapel.signature.pdf.PdfRejectedException;
import pe.ceropapel.command.intake.KeptPdf;
import pe.ceropapel.command.intake.KeptAnnex;
import pe.ceropapel.command.intake.DocumentIntake;
import pe.ceropapel.command.intake.AnnexRefusedException;

/**
 * The mesa de partes virtual: anyone may submit a request (SOLICITUD) with a PDF and annexes
 * (parts {@code attachments}), without an
 * account; it opens a case file and answers only its tracking code and access key.
 */
@RestController
class IntakeController {

    private final DocumentIntake intake;

    IntakeController(DocumentIntake intake) {
        this.intake = intake;
    }

    /** What the applicant fills in. */
    record IntakeRequest(@NotNull IdentityDocumentType identityType,
                         @NotBlank @Size(max = 11) String identityNumber,
                         @NotBlank @Size(max = 200) @PlainText String name,
                         @NotBlank @Email @Size(max = 200) String email,
                         @NotBlank @Size(max = 500) @PlainText String subject) {
    }

    @PostMapping(path = "/api/public/intake", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, String>> submit(@RequestPart("request") @Valid IntakeRequest request,
                                               @RequestPart("file") MultipartFile file,
                                               @RequestPart(name = "attachments", required = false)
                                               List<MultipartFile> attachments)
            throws IOException, PdfRejectedException, AnnexRefusedException {
        Applicant applicant = new Applicant(request.identityType(), request.identityNumber(), request.name().strip(),
                request.email().strip());
        KeptPdf pdf = intake.keepPdf(UploadedParts.of(file));
        List<KeptAnnex> annexes = intake.keepAnnexes(UploadedParts.of(attachments == null ? List.of() : attachments));
        FiledDocument filed = intake.registerRequest(request.subject(), applicant, pdf, annexes);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("trackingCode", filed.trackingCode(), "accessKey", filed.accessKey()));
    }
}
