package pe.ceropapel.frontend.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.ceropapel.api.access.Reader;
import pe.ceropapel.api.casefile.FiledDocument;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.api.document.EditDraftCommand;
import pe.ceropapel.api.PlainTexts;
import pe.ceropapel.frontend.access.Readers;
import pe.ceropapel.command.intake.DocumentIntake;
import pe.ceropapel.command.intake.IncomingFile;
import pe.ceropapel.command.intake.KeptPdf;
import pe.ceropapel.command.intake.NewDocument;
import pe.ceropapel.frontend.document.UploadedParts;
import pe.ceropapel.frontend.problem.ProblemMessages;
import pe.ceropapel.signature.pades.EntityIdentity;
import pe.ceropapel.signature.pdf.LetterheadPdf;

/**
 * Drafting a new document in the person's office: an uploaded PDF (dropped or chosen, with a
 * progress bar) or a text from which the PDF is made with the entity's letterhead. Errors are shown
 * next to their fields and nothing is registered.
 */
@Controller
@RequestMapping("/documentos/nuevo")
class NewDocumentPageController {

    /** Types people draft; requests and receipts arrive from outside. */
    private static final List<DocumentType> DRAFTABLE = Arrays.stream(DocumentType.values())
            .filter(type -> type != DocumentType.SOLICITUD && type != DocumentType.CARGO).toList();
    private static final int MAX_SUBJECT = 500;
    private static final int MAX_BODY = 20_000;
    /** The session's PDF chosen with a form that had errors, checked and stored. */
    private static final String KEPT_PDF = NewDocumentPageController.class.getName() + ".kept";

    private final DocumentIntake intake;
    private final CommandGateway commands;
    private final Readers readers;
    private final PageActions actions;
    private final ProblemMessages problems;
    private final RecipientOffices recipientOffices;
    private final String entityName;
    private final LetterheadPdf letterhead = new LetterheadPdf();

    NewDocumentPageController(DocumentIntake intake, CommandGateway commands, Readers readers,
                              PageActions actions, ProblemMessages problems, RecipientOffices recipientOffices,
                              EntityIdentity entity) {
        this.intake = intake;
        this.commands = commands;
        this.readers = readers;
        this.actions = actions;
        this.problems = problems;
        this.recipientOffices = recipientOffices;
        this.entityName = entity.name();
    }

    /** The empty form: a PDF kept from an earlier attempt is dropped. */
    @GetMapping
    String form(Model model, HttpSession session) {
        session.removeAttribute(KEPT_PDF);
        model.addAttribute("types", DRAFTABLE);
        model.addAttribute("errors", Map.of());
        return "new-document";
    }

    @PostMapping
    String register(@RequestParam(required = false) DocumentType tipo,
                    @RequestParam(defaultValue = "") String asunto,
                    @RequestParam(defaultValue = "") String destinatarios,
                    @RequestParam(defaultValue = "false") boolean confidencial,
                    @RequestParam(required = false) MultipartFile archivo,
                    @RequestParam(defaultValue = "") String cuerpo,
                    @RequestHeader(name = "HX-Request", required = false) String htmx,
                    Principal principal, Model model, RedirectAttributes flash, HttpServletRequest request,
                    HttpServletResponse response, HttpSession session) {
        Map<String, String> errors = new LinkedHashMap<>();
        KeptPdf kept = session.getAttribute(KEPT_PDF) instanceof KeptPdf earlier ? earlier : null;
        if (tipo == null || !DRAFTABLE.contains(tipo)) {
            errors.put("tipo", actions.message("ui.new.need-type"));
        }
        if (asunto.isBlank() || asunto.length() > MAX_SUBJECT) {
            errors.put("asunto", actions.message("ui.new.need-subject"));
        } else if (!PlainTexts.isPlain(asunto)) {
            errors.put("asunto", actions.message("PlainText"));
        }
        boolean hasFile = archivo != null && !archivo.isEmpty();
        if (!hasFile && kept == null && cuerpo.isBlank() || cuerpo.length() > MAX_BODY) {
            errors.put("archivo", actions.message("ui.new.need-content"));
        } else if (!PlainTexts.isPlain(cuerpo)) {
            errors.put("archivo", actions.message("PlainText"));
        }
        List<String> typedRecipients = Arrays.stream(destinatarios.split(",")).map(String::strip)
                .filter(code -> !code.isEmpty()).toList();
        RecipientOffices.Resolution resolution = recipientOffices.resolve(typedRecipients);
        if (!resolution.resolved()) {
            errors.put("destinatarios", resolution.candidates().isEmpty()
                    ? actions.message("ui.new.unknown-recipient", resolution.unknown())
                    : actions.message("ui.new.ambiguous-recipient", resolution.unknown(), resolution.candidates().stream()
                            .map(office -> office.name() + " (" + office.code() + ")").collect(Collectors.joining(", "))));
        }
        List<String> recipients = resolution.codes();
        Reader reader = readers.of(principal);
        String documentId = null;
        if (errors.isEmpty()) {
            try {
                NewDocument document = new NewDocument(tipo, asunto.strip(), reader.officeCode(), null, confidencial);
                FiledDocument filed = !hasFile && kept != null ? intake.register(document, principal.getName(), kept)
                        : intake.register(document, principal.getName(), hasFile ? UploadedParts.of(archivo)
                        : IncomingFile.of(null, new ByteArrayInputStream(letterhead.render(new LetterheadPdf.Letter(
                                entityName, reader.officeCode(), actions.message("document.type." + tipo),
                                asunto.strip(), paragraphs(cuerpo))))));
                session.removeAttribute(KEPT_PDF);
                documentId = filed.documentId();
                if (!recipients.isEmpty()) {
                    commands.sendAndWait(new EditDraftCommand(documentId, principal.getName(), asunto.strip(),
                            recipients));
                }
            } catch (Exception e) {
                errors.put(hasFile ? "archivo" : "asunto", problems.of(e));
            }
        }
        if (!errors.isEmpty()) {
            if (hasFile && !errors.containsKey("archivo")) {
                kept = keep(archivo, errors);
            }
            session.setAttribute(KEPT_PDF, kept);
            model.addAttribute("kept", kept);
            model.addAttribute("types", DRAFTABLE);
            model.addAttribute("errors", errors);
            model.addAttribute("values", Map.of("tipo", tipo == null ? "" : tipo.name(), "asunto", asunto,
                    "destinatarios", destinatarios, "cuerpo", cuerpo, "confidencial", String.valueOf(confidencial)));
            if (htmx != null) {
                // htmx swaps only successful answers: the form with its errors replaces the form
                return "new-document :: form";
            }
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return "new-document";
        }
        actions.awaitReadModels();
        String location = "/documentos/" + documentId;
        if (htmx != null) {
            actions.htmxRedirect(location, actions.message("ui.new.done"), request, response);
            // htmx loads the document's page: this answer has no body to render
            return null;
        }
        flash.addFlashAttribute("notice", actions.message("ui.new.done"));
        return "redirect:" + location;
    }

    /**
     * The chosen PDF, checked and stored so that the corrected form need not choose it again; a refused
     * one is said why and keeps nothing.
     */
    private KeptPdf keep(MultipartFile archivo, Map<String, String> errors) {
        try {
            return intake.keepPdf(UploadedParts.of(archivo));
        } catch (Exception e) {
            errors.put("archivo", problems.of(e));
            return null;
        }
    }

    private static List<String> paragraphs(String body) {
        return Arrays.stream(body.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
