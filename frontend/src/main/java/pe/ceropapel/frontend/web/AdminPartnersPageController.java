package pe.ceropapel.frontend.web;

import java.security.Principal;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.ceropapel.api.interop.FindPartnerEntitiesQuery;
import pe.ceropapel.api.interop.PartnerEntity;
import pe.ceropapel.api.interop.RegisterPartnerEntityCommand;
import pe.ceropapel.api.interop.RevokePartnerEntityCommand;
import pe.ceropapel.api.interop.Transport;

/** Administration of the entities we exchange documents with. */
@Controller
@RequestMapping("/admin/entidades")
@PreAuthorize("hasRole('ADMIN')")
class AdminPartnersPageController {

    private static final String BACK = "redirect:/admin/entidades";

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final PageActions actions;
    private final Confirmations confirmations;

    AdminPartnersPageController(QueryGateway queries, CommandGateway commands, PageActions actions,
                                Confirmations confirmations) {
        this.queries = queries;
        this.commands = commands;
        this.actions = actions;
        this.confirmations = confirmations;
    }

    @GetMapping
    String partners(Model model) {
        model.addAttribute("partners", queries.query(FindPartnerEntitiesQuery.all(),
                ResponseTypes.multipleInstancesOf(PartnerEntity.class)).join());
        model.addAttribute("transports", Transport.values());
        return "admin-partners";
    }

    @PostMapping
    String register(@RequestParam String ruc, @RequestParam String nombre, @RequestParam String direccion,
                    @RequestParam Transport medio, @RequestParam String certificado, Principal principal,
                    RedirectAttributes flash) {
        actions.perform(() -> commands.sendAndWait(new RegisterPartnerEntityCommand(ruc.strip(), nombre, direccion,
                medio, certificado, principal.getName())), "ui.partners.done.registered", flash, nombre, direccion);
        return BACK;
    }

    @PostMapping("/{ruc}/baja")
    String revoke(@PathVariable String ruc, @RequestParam String motivo, @RequestParam(required = false) String confirmado,
                  Principal principal, Model model, RedirectAttributes flash) {
        if (!Confirmations.given(confirmado) && actions.typedPlainly(motivo)) {
            return confirmations.ask(model, "revoke", "/admin/entidades/" + ruc + "/baja", "/admin/entidades",
                    Map.of("motivo", motivo), ruc);
        }
        actions.perform(() -> commands.sendAndWait(new RevokePartnerEntityCommand(ruc, motivo, principal.getName())),
                "ui.partners.done.revoked", flash, motivo);
        return BACK;
    }
}
