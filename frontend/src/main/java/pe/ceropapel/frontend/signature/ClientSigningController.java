package pe.ceropapel.frontend.signature;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.security.Principal;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import pe.ceropapel.api.document.SignatureRole;
import pe.ceropapel.command.clientsigning.ClientSigning;
import pe.ceropapel.command.clientsigning.ClientSigningOutcome;
import pe.ceropapel.command.clientsigning.ClientSigningRefusedException;
import pe.ceropapel.command.clientsigning.ClientSigningRequest;
import pe.ceropapel.command.clientsigning.ClientSigningSettings;
import pe.ceropapel.command.clientsigning.ClientSigningTicket;
import pe.ceropapel.command.intake.IncomingFile;
import pe.ceropapel.frontend.document.UploadedParts;

/**
 * Firma Perú's web signing protocol, server side: a signer asks for a ticket (signed in); the local
 * client (Firma Perú's, or our signer-agent) then posts the ticket to {@value #PARAMETERS}, receives
 * the parameters as the Base64 of a JSON object, downloads what to sign and uploads it signed. The
 * client's three addresses carry only the ticket, which is its credential.
 */
@RestController
public class ClientSigningController {

    static final String PROTOCOL = "/api/public/firma";
    static final String PARAMETERS = PROTOCOL + "/parametros";
    /** Where the local client uploads what it signed: a PDF, or a batch's 7z archive. */
    public static final String SIGNED_FILES = PROTOCOL + "/firmados/";
    private static final MediaType SEVEN_ZIP = MediaType.parseMediaType("application/x-7z-compressed");

    private final ClientSigning signing;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final String certificateFilter;
    private final FirmaPeruTokens firmaPeru;

    ClientSigningController(ClientSigning signing, ObjectMapper json, MessageSource messages,
                            ClientSigningSettings settings, FirmaPeruTokens firmaPeru) {
        this.signing = signing;
        this.json = json;
        this.messages = messages;
        this.certificateFilter = settings.certificateFilter();
        this.firmaPeru = firmaPeru;
    }

    /** The documents to sign: one, or many (a batch) in the signer's tray. */
    record TicketRequest(@NotEmpty @Size(max = 500) List<@NotNull @Size(max = 60) String> documentIds) {
    }

    /** A ticket for the signed-in person, with what their local client is started with. */
    @PostMapping("/api/documents/client-signatures")
    Map<String, Object> issue(@RequestBody @Valid TicketRequest request, Principal principal) {
        ClientSigningTicket ticket = signing.issue(principal.getName(), request.documentIds());
        String parameters = LocalClients.parametersUrl();
        return Map.of("ticket", ticket.ticket(), "expiresAt", ticket.expiresAt().toString(),
                "documentIds", ticket.documentIds(), "paramUrl", parameters,
                "documentExtension", ticket.documentIds().size() > 1 ? "7z" : "pdf",
                "agentCommand", LocalClients.agentCommand(parameters, ticket.ticket()));
    }

    /** Where each document of a ticket stands, for the page that follows it. */
    @GetMapping("/api/documents/client-signatures/{ticket}")
    List<Map<String, Object>> status(@PathVariable String ticket) {
        return outcomes(signing.status(ticket));
    }

    /** Step 5 of the protocol: the parameters, as the Base64 of a JSON object, as {@code text/plain}. */
    @PostMapping(path = PARAMETERS, produces = MediaType.TEXT_PLAIN_VALUE)
    String parameters(@RequestParam("param_token") String ticket) throws JsonProcessingException {
        ClientSigningRequest request = signing.request(ticket);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("signatureFormat", "PAdES");
        // Firma Perú's client signs at level B; the time-stamp and validation data are added here
        parameters.put("signatureLevel", "B");
        parameters.put("signaturePackaging", "enveloped");
        parameters.put("documentToSign", base() + PROTOCOL + "/documentos/" + ticket);
        parameters.put("certificateFilter", certificateFilter);
        parameters.put("webTsa", "");
        parameters.put("userTsa", "");
        parameters.put("passwordTsa", "");
        parameters.put("theme", "claro");
        parameters.put("visiblePosition", false);
        parameters.put("contactInfo", "");
        parameters.put("signatureReason", text("client-signing.reason." + request.role().name()));
        parameters.put("bachtOperation", request.batch());
        parameters.put("oneByOne", false);
        parameters.put("signatureStyle", 1);
        parameters.put("imageToStamp", "");
        parameters.put("stampTextSize", 14);
        parameters.put("stampWordWrap", 37);
        parameters.put("role", request.role() == SignatureRole.APPROVAL ? text("client-signing.role.APPROVAL")
                : text("client-signing.role.SIGNATURE"));
        parameters.put("stampPage", request.stamp().page() + 1);
        parameters.put("positionx", Math.round(request.stamp().x()));
        parameters.put("positiony", Math.round(request.stamp().yFromTop()));
        parameters.put("uploadDocumentSigned", base() + SIGNED_FILES + ticket);
        parameters.put("certificationSignature", false);
        // the entity's platform token, which Firma Perú's client presents; our own client needs none
        parameters.put("token", firmaPeru.current().orElse(""));
        return Base64.getEncoder().encodeToString(json.writeValueAsBytes(parameters));
    }

    /** The prepared PDF, or a 7z archive of the prepared PDFs for a batch. */
    @GetMapping(PROTOCOL + "/documentos/{ticket}")
    void documents(@PathVariable String ticket, HttpServletResponse response) throws IOException {
        boolean batch = signing.request(ticket).batch();
        response.setContentType(batch ? SEVEN_ZIP.toString() : MediaType.APPLICATION_PDF_VALUE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + (batch ? "por-firmar.7z" : "por-firmar.pdf")
                + "\"");
        signing.writeDocumentsToSign(ticket, response.getOutputStream());
    }

    /** The signed file (any single part of the multipart body, as Firma Perú's client names it as it likes). */
    @PostMapping(path = SIGNED_FILES + "{ticket}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> signed(@PathVariable String ticket, MultipartHttpServletRequest request)
            throws IOException {
        List<IncomingFile> files = request.getMultiFileMap().values().stream().flatMap(List::stream)
                .filter(file -> !file.isEmpty()).map(UploadedParts::of).toList();
        if (files.size() != 1) {
            throw new ClientSigningRefusedException(ClientSigningRefusedException.Reason.NOT_A_SIGNED_PDF,
                    files.size() + " files sent, one expected");
        }
        List<ClientSigningOutcome> outcomes = signing.receive(ticket, files.get(0));
        return ResponseEntity.ok(Map.of("status", "ok", "documents", outcomes(outcomes)));
    }

    private List<Map<String, Object>> outcomes(List<ClientSigningOutcome> outcomes) {
        return outcomes.stream().map(outcome -> {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("documentId", outcome.documentId());
            answer.put("state", outcome.state().name());
            if (outcome.refusal() != null) {
                answer.put("refusal", outcome.refusal().name());
                answer.put("detail", text(ClientSigningMessages.key(outcome.refusal())));
            }
            return answer;
        }).toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
