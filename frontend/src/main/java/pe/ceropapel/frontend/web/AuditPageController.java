package pe.ceropapel.frontend.web;

import java.util.List;
import java.util.regex.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pe.ceropapel.api.audit.FindAuditTrailQuery;
import pe.ceropapel.api.document.FindDocumentsByReferenceQuery;
import pe.ceropapel.frontend.audit.AuditController;

/**
 * The audit trail page of a document or a person, with its CSV export; administrators only. A
 * document is named by its id, its number or its case file's tracking code.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditPageController {

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final AuditController audit;
    private final QueryGateway queries;
    private final PageActions actions;

    AuditPageController(AuditController audit, QueryGateway queries, PageActions actions) {
        this.audit = audit;
        this.queries = queries;
        this.actions = actions;
    }

    @GetMapping("/admin/auditoria")
    String page(@RequestParam(defaultValue = "DOCUMENT") FindAuditTrailQuery.Subject sujeto,
                @RequestParam(required = false) String id, Model model) {
        model.addAttribute("subject", sujeto);
        model.addAttribute("id", id);
        List<String> subjects = id == null || id.isBlank() ? List.of() : subjects(sujeto, id.strip());
        List<?> entries = subjects.size() == 1 ? audit.trail(sujeto, subjects.get(0)) : List.of();
        model.addAttribute("matches", subjects.size() > 1 ? subjects : List.of());
        model.addAttribute("entries", entries);
        if (subjects.size() == 1 && entries.isEmpty()) {
            model.addAttribute("error", actions.message("ui.audit.nothing"));
        }
        return "admin-audit";
    }

    @GetMapping("/admin/auditoria/export")
    ResponseEntity<String> export(@RequestParam FindAuditTrailQuery.Subject sujeto, @RequestParam String id) {
        List<String> subjects = subjects(sujeto, id.strip());
        return audit.csv(sujeto, subjects.size() == 1 ? subjects.get(0) : id.strip());
    }

    /** A person by username; a document by id, or every document its number or tracking code names. */
    private List<String> subjects(FindAuditTrailQuery.Subject subject, String id) {
        if (subject == FindAuditTrailQuery.Subject.PERSON || UUID.matcher(id).matches()) {
            return List.of(id);
        }
        List<String> named = queries.query(new FindDocumentsByReferenceQuery(id),
                ResponseTypes.multipleInstancesOf(String.class)).join();
        return named.isEmpty() ? List.of(id) : named;
    }
}
