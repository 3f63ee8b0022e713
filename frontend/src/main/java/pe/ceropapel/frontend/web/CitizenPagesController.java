package pe.ceropapel.frontend.web;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UriUtils;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import pe.ceropapel.api.casefile.Applicant;
import pe.ceropapel.api.casefile.FiledDocument;
import pe.ceropapel.api.casefile.EmailAddresses;
import pe.ceropapel.api.casefile.IdentityDocumentType;
import pe.ceropapel.api.directory.FindOfficesQuery;
import pe.ceropapel.api.directory.OfficeView;
import pe.ceropapel.api.document.VerifiableDocument;
import pe.ceropapel.api.timeline.CaseTracking;
import pe.ceropapel.api.PlainTexts;
import pe.ceropapel.frontend.casefile.CaseLookups;
import pe.ceropapel.frontend.casefile.CaseCodes;
import pe.ceropapel.frontend.casefile.Receipts;
import pe.ceropapel.frontend.casefile.TooManyLookupsException;
import pe.ceropapel.command.intake.DocumentIntake;
import pe.ceropapel.command.intake.KeptAnnex;
import pe.ceropapel.command.intake.KeptPdf;
import pe.ceropapel.frontend.document.UploadedParts;
import pe.ceropapel.frontend.problem.ProblemMessages;
import pe.ceropapel.frontend.signature.StoredPdfValidation;
import pe.ceropapel.frontend.signature.ValidationView;
import pe.ceropapel.frontend.signature.VerifiableDocuments;

/**
 * The pages anyone may use without an account: the mesa de partes virtual, the consulta de
 * trámite (tracking code and access key) and the verification of a signed document by its code
 * (where the QR code leads) or by uploading it. They reveal nothing beyond what was asked.
 */
@Controller
class CitizenPagesController {

    private static final int MAX_ANNEXES = 10;
    /** The session's last filed request, shown again when its page is reloaded rather than filed again. */
    private static final String FILED = "ceropapel.intake.filed";
    private static final String KEPT = "ceropapel.intake.kept";

    private final DocumentIntake intake;
    private final CaseLookups lookups;
    private final QueryGateway queries;
    private final VerifiableDocuments verifiable;
    private final StoredPdfValidation validation;
    private final ProblemMessages problems;
    private final PageActions actions;
    private final Receipts receipts;

    CitizenPagesController(DocumentIntake intake, CaseLookups lookups, QueryGateway queries,
                           VerifiableDocuments verifiable,
                           StoredPdfValidation validation, ProblemMessages problems,
                           PageActions actions, Receipts receipts) {
        this.receipts = receipts;
        this.intake = intake;
        this.lookups = lookups;
        this.queries = queries;
        this.verifiable = verifiable;
        this.validation = validation;
        this.problems = problems;
        this.actions = actions;
    }

    @GetMapping("/mesa-de-partes")
    String intakeForm(Model model, HttpSession session) {
        session.removeAttribute(KEPT);
        model.addAttribute("errors", Map.of());
        model.addAttribute("values", Map.of());
        model.addAttribute("kept", KeptFiles.NONE);
        return "intake";
    }

    /**
     * Files the request, or answers the form again with what was typed and the reasons; files chosen
     * with a form that has errors are checked and kept in the session, so that they need not be
     * chosen again (choosing another replaces them).
     */
    @PostMapping("/mesa-de-partes")
    String submit(@RequestParam(defaultValue = "DNI") IdentityDocumentType tipoDocumento,
                  @RequestParam(defaultValue = "") String numeroDocumento,
                  @RequestParam(defaultValue = "") String nombre,
                  @RequestParam(defaultValue = "") String correo,
                  @RequestParam(defaultValue = "") String asunto,
                  @RequestParam(required = false) MultipartFile archivo,
                  @RequestParam(name = "anexos", required = false) List<MultipartFile> anexos,
                  Model model, HttpServletResponse response, HttpSession session) {
        List<MultipartFile> annexes = anexos == null ? List.of()
                : anexos.stream().filter(annex -> !annex.isEmpty()).toList();
        Map<String, String> values = Map.of("tipoDocumento", tipoDocumento.name(), "numeroDocumento", numeroDocumento,
                "nombre", nombre, "correo", correo, "asunto", asunto);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!tipoDocumento.accepts(numeroDocumento.strip())) {
            errors.put("numeroDocumento", actions.message("ui.intake.bad-" + tipoDocumento.name().toLowerCase()));
        }
        require(!nombre.isBlank() && nombre.length() <= 200, "nombre", "ui.intake.need-name", errors);
        require(PlainTexts.isPlain(nombre), "nombre", "PlainText", errors);
        require(EmailAddresses.isValid(correo.strip()), "correo", "ui.intake.bad-email",
                errors);
        require(!asunto.isBlank() && asunto.length() <= 500, "asunto", "ui.new.need-subject", errors);
        require(PlainTexts.isPlain(asunto), "asunto", "PlainText", errors);
        require(annexes.size() <= MAX_ANNEXES, "anexos", "ui.intake.too-many-annexes", errors);
        KeptFiles kept = keep(archivo, errors.containsKey("anexos") ? List.of() : annexes,
                session.getAttribute(KEPT) instanceof KeptFiles earlier ? earlier : KeptFiles.NONE, errors);
        require(kept.pdf() != null || errors.containsKey("archivo"), "archivo", "ui.intake.need-pdf", errors);
        if (errors.isEmpty()) {
            try {
                FiledDocument filed = intake.registerRequest(asunto.strip(),
                        new Applicant(tipoDocumento, numeroDocumento.strip(), nombre.strip(), correo.strip()),
                        kept.pdf(), kept.annexes());
                session.removeAttribute(KEPT);
                // post/redirect/get: reloading the answer shows it again and files nothing
                session.setAttribute(FILED, new FiledRequest(filed.trackingCode(), filed.accessKey()));
                return "redirect:/mesa-de-partes/recibida";
            } catch (Exception e) {
                errors.put("archivo", problems.of(e));
            }
        }
        session.setAttribute(KEPT, kept);
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("kept", kept);
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return "intake";
    }

    /**
     * The files this submission chose, checked and stored, in place of those kept from an earlier one;
     * a refused file is said why in {@code errors} and keeps nothing in its place.
     */
    private KeptFiles keep(MultipartFile pdf, List<MultipartFile> annexes, KeptFiles earlier,
                           Map<String, String> errors) {
        KeptFiles kept = earlier;
        if (pdf != null && !pdf.isEmpty()) {
            try {
                kept = kept.withPdf(intake.keepPdf(UploadedParts.of(pdf)));
            } catch (Exception e) {
                errors.put("archivo", problems.of(e));
                kept = kept.withPdf(null);
            }
        }
        if (!annexes.isEmpty()) {
            try {
                kept = kept.withAnnexes(intake.keepAnnexes(UploadedParts.of(annexes)));
            } catch (Exception e) {
                errors.put("anexos", problems.of(e));
                kept = kept.withAnnexes(List.of());
            }
        }
        return kept;
    }

    /** The files of a request whose form is being corrected: its PDF (or none yet) and its annexes. */
    public record KeptFiles(KeptPdf pdf, List<KeptAnnex> annexes)
            implements Serializable {

        static final KeptFiles NONE = new KeptFiles(null, List.of());

        KeptFiles withPdf(KeptPdf chosen) {
            return new KeptFiles(chosen, annexes);
        }

        KeptFiles withAnnexes(List<KeptAnnex> chosen) {
            return new KeptFiles(pdf, List.copyOf(chosen));
        }

        /** The annexes' names, for the page. */
        public String annexNames() {
            return annexes.stream().map(KeptAnnex::fileName).collect(Collectors.joining("», «"));
        }
    }

    /** A request filed in this session, as its answer page shows it. */
    record FiledRequest(String trackingCode, String accessKey) implements Serializable {
    }

    /** What the request just filed in this session answered: its tracking code, access key and receipt. */
    @GetMapping("/mesa-de-partes/recibida")
    String filed(HttpSession session, Model model) {
        if (!(session.getAttribute(FILED) instanceof FiledRequest filed)) {
            return "redirect:/mesa-de-partes";
        }
        model.addAttribute("filed", filed);
        return "intake-done";
    }

    /** The sealed receipt (cargo), for whoever holds the request's tracking code and access key. */
    @PostMapping("/mesa-de-partes/cargo")
    ResponseEntity<StreamingResponseBody> receipt(@RequestParam(defaultValue = "") String codigo,
                                                  @RequestParam(defaultValue = "") String clave) {
        return receipts.download(codigo.strip(), clave.strip());
    }

    @GetMapping("/consulta")
    String trackingForm() {
        return "tracking";
    }

    @PostMapping("/consulta")
    String track(@RequestParam(defaultValue = "") String codigo, @RequestParam(defaultValue = "") String clave,
                 Model model, HttpServletResponse response) {
        String code = CaseCodes.trackingCode(codigo);
        String key = CaseCodes.accessKey(clave);
        model.addAttribute("codigo", codigo);
        model.addAttribute("clave", clave);
        CaseTracking tracking;
        try {
            tracking = code.isBlank() || key.isBlank() || code.length() > 20 || key.length() > 64
                    ? null : lookups.track(code, key).orElse(null);
        } catch (TooManyLookupsException e) {
            model.addAttribute("error", actions.message("ui.tracking.too-many-attempts"));
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
            return "tracking";
        }
        model.addAttribute("tracking", tracking);
        if (tracking != null) {
            model.addAttribute("accessKey", key);
            model.addAttribute("officeNames", queries.query(new FindOfficesQuery(),
                    ResponseTypes.multipleInstancesOf(OfficeView.class)).join().stream()
                    .collect(Collectors.toMap(OfficeView::code, OfficeView::name, (first, second) -> first)));
        }
        if (tracking == null) {
            model.addAttribute("error", actions.message("ui.tracking.not-found"));
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        return "tracking";
    }

    /** The form; its code field comes back here and goes on to the code's own page. */
    @GetMapping("/verificar")
    String verifyForm(@RequestParam(required = false) String clave) {
        if (clave != null && !clave.isBlank()) {
            return "redirect:/verificar/" + UriUtils.encodePathSegment(VerifiableDocuments.normalize(clave),
                    StandardCharsets.UTF_8);
        }
        return "verify";
    }

    /** Where the QR code of every signed page leads. */
    @GetMapping("/verificar/{code}")
    String verifyByCode(@PathVariable String code, Model model, HttpServletResponse response) throws IOException {
        VerifiableDocument document = verifiable.byCode(code).orElse(null);
        if (document == null) {
            model.addAttribute("code", code);
            model.addAttribute("error", actions.message("ui.verify.unknown-code"));
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "verify";
        }
        String normalized = VerifiableDocuments.normalize(code);
        model.addAttribute("report", validation.of(document.content(), normalized, document.number(), false));
        model.addAttribute("downloadable", verifiable.publicContent(normalized).isPresent());
        return "verify";
    }

    @PostMapping("/verificar")
    String verifyUpload(@RequestParam(required = false) MultipartFile archivo, Model model,
                        HttpServletResponse response) {
        if (archivo == null || archivo.isEmpty()) {
            model.addAttribute("error", actions.message("ui.intake.need-pdf"));
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return "verify";
        }
        try {
            ValidationView report = validation.ofUpload(archivo, false);
            model.addAttribute("report", report);
            model.addAttribute("downloadable", report.verificationCode() != null
                    && verifiable.publicContent(report.verificationCode()).isPresent());
        } catch (Exception e) {
            model.addAttribute("error", problems.of(e));
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        }
        return "verify";
    }

    /** A browser never fills a file field in again: the person is told which files to choose again. */
    private void require(boolean condition, String field, String messageKey, Map<String, String> errors) {
        if (!condition) {
            errors.put(field, actions.message(messageKey));
        }
    }
}
