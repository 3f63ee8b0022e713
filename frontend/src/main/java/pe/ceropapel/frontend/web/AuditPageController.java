package pe.ceropapel.frontend.web;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pe.ceropapel.api.audit.FindAuditTrailQuery;
import pe.ceropapel.frontend.audit.AuditController;

/** The audit trail page of a document or a person, with its CSV export; administrators only. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditPageController {

    private final AuditController audit;

    AuditPageController(AuditController audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/auditoria")
    String page(@RequestParam(defaultValue = "DOCUMENT") FindAuditTrailQuery.Subject sujeto,
                @RequestParam(required = false) String id, Model model) {
        model.addAttribute("subject", sujeto);
        model.addAttribute("id", id);
        model.addAttribute("entries", id == null || id.isBlank() ? List.of() : audit.trail(sujeto, id.strip()));
        return "admin-audit";
    }

    @GetMapping("/admin/auditoria/export")
    ResponseEntity<String> export(@RequestParam FindAuditTrailQuery.Subject sujeto, @RequestParam String id) {
        return audit.csv(sujeto, id.strip());
    }
}
