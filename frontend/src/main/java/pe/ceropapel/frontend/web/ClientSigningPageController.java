package pe.ceropapel.frontend.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.ceropapel.api.access.Reader;
import pe.ceropapel.api.document.DocumentView;
import pe.ceropapel.api.document.FindDocumentQuery;
import pe.ceropapel.command.clientsigning.ClientSigning;
import pe.ceropapel.frontend.access.Readers;
import pe.ceropapel.command.clientsigning.ClientSigningTicket;
import pe.ceropapel.frontend.problem.ProblemMessages;
import pe.ceropapel.frontend.signature.ClientSigningMessages;
import pe.ceropapel.frontend.signature.FirmaPeruSettings;
import pe.ceropapel.frontend.signature.LocalClients;

/**
 * "Firmar con mi certificado digital": from a document's page (one document) or from the "Por firmar"
 * and "Por V°B°" trays (a batch), a ticket is issued and kept in the person's session; the page then
 * says how to start the local client (our signer-agent's command to copy) and follows the ticket's
 * documents live until each is signed or refused, and why.
 */
@Controller
class ClientSigningPageController {

    static final String PATH = "/firma-propia";
    private static final String TICKET = ClientSigningPageController.class.getName() + ".ticket";

    private final ClientSigning signing;
    private final ProblemMessages problems;
    private final MessageSource messages;
    private final QueryGateway queries;
    private final Readers readers;
    private final FirmaPeruSettings firmaPeru;

    ClientSigningPageController(ClientSigning signing, ProblemMessages problems, MessageSource messages,
                                QueryGateway queries, Readers readers, FirmaPeruSettings firmaPeru) {
        this.signing = signing;
        this.problems = problems;
        this.messages = messages;
        this.queries = queries;
        this.readers = readers;
        this.firmaPeru = firmaPeru;
    }

    /** One document of the ticket as the page shows it: its state and, when refused, why, in Spanish. */
    record Row(String documentId, String title, String stateName, String state, String reason) {
    }

    /** A ticket kept in the session while its page follows it. */
    record Ticket(String ticket, Instant expiresAt, List<String> documentIds, Map<String, String> titles,
                  String paramUrl) implements Serializable {

        /** What the page hands to Firma Perú's script: the Base64 of the JSON of the three values. */
        public String firmaPeruParameter() {
            String json = "{\"param_url\":\"" + paramUrl + "\",\"param_token\":\"" + ticket
                    + "\",\"document_extension\":\"" + (documentIds.size() > 1 ? "7z" : "pdf") + "\"}";
            return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        }

        public String agentCommand() {
            return LocalClients.agentCommand(paramUrl, ticket);
        }
    }

    @PostMapping(PATH)
    String issue(@RequestParam("documentos") List<String> documentIds, Principal principal, HttpSession session,
                 RedirectAttributes flash) {
        try {
            ClientSigningTicket ticket = signing.issue(principal.getName(), documentIds);
            String parameters = LocalClients.parametersUrl();
            session.setAttribute(TICKET, new Ticket(ticket.ticket(), ticket.expiresAt(), ticket.documentIds(),
                    titles(documentIds, principal), parameters));
            return "redirect:" + PATH;
        } catch (RuntimeException e) {
            flash.addFlashAttribute("error", problems.of(e));
            return documentIds.size() == 1 ? "redirect:/documentos/" + documentIds.get(0) : "redirect:/?bandeja=TO_SIGN";
        }
    }

    @GetMapping(PATH)
    String page(HttpSession session, Model model) {
        if (!(session.getAttribute(TICKET) instanceof Ticket ticket)) {
            return "redirect:/";
        }
        model.addAttribute("ticket", ticket);
        model.addAttribute("rows", rows(ticket));
        if (firmaPeru.clientId() != null && !firmaPeru.clientId().isBlank()) {
            model.addAttribute("firmaPeruScript", firmaPeru.scriptUrl());
            model.addAttribute("firmaPeruParameter", ticket.firmaPeruParameter());
        }
        return "client-signing";
    }

    /** The ticket's documents as they stand, polled by the page. */
    @GetMapping(PATH + "/estado")
    String status(HttpSession session, Model model) {
        if (!(session.getAttribute(TICKET) instanceof Ticket ticket)) {
            return "redirect:/";
        }
        model.addAttribute("rows", rows(ticket));
        return "client-signing :: outcomes";
    }

    private List<Row> rows(Ticket ticket) {
        return signing.status(ticket.ticket()).stream().map(outcome -> new Row(outcome.documentId(),
                ticket.titles().getOrDefault(outcome.documentId(), outcome.documentId()), outcome.state().name(), text("ui.client-signing.state." + outcome.state().name()),
                outcome.refusal() == null ? null : text(ClientSigningMessages.key(outcome.refusal())))).toList();
    }

    /** Each document's subject (with its number when it has one), as the person may read it. */
    private Map<String, String> titles(List<String> documentIds, Principal principal) {
        Reader reader = readers.of(principal);
        Map<String, String> titles = new LinkedHashMap<>();
        for (String id : documentIds) {
            queries.query(new FindDocumentQuery(id, reader), ResponseTypes.optionalInstanceOf(DocumentView.class))
                    .join().ifPresent(view -> titles.put(id, view.number() == null ? view.subject()
                            : view.number() + " · " + view.subject()));
        }
        return Map.copyOf(titles);
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
