package pe.ceropapel.frontend.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import pe.ceropapel.signature.pades.TrustedList;

/** The administrator's view of the trusted list in force (Peru's TSL): its state and services by provider. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminTrustPageController {

    private final ObjectProvider<TrustedList> list;

    AdminTrustPageController(ObjectProvider<TrustedList> list) {
        this.list = list;
    }

    @GetMapping("/admin/confianza")
    String trust(Model model) {
        TrustedList configured = list.getIfAvailable();
        model.addAttribute("list", configured == null ? null : configured.status());
        return "admin-trust";
    }
}
