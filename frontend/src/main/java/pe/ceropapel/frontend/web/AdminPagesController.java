package pe.ceropapel.frontend.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.ceropapel.api.directory.AssignOfficeHeadCommand;
import pe.ceropapel.api.directory.ChangePersonAssignmentCommand;
import pe.ceropapel.api.directory.CreateOfficeCommand;
import pe.ceropapel.api.directory.DeactivatePersonCommand;
import pe.ceropapel.api.directory.FindOfficesQuery;
import pe.ceropapel.api.directory.FindPeopleQuery;
import pe.ceropapel.api.directory.OfficeView;
import pe.ceropapel.api.directory.PersonRole;
import pe.ceropapel.api.directory.PersonView;
import pe.ceropapel.api.directory.RegisterPersonCommand;
import pe.ceropapel.api.directory.UnlockSigningKeyCommand;
import pe.ceropapel.api.document.DocumentTypeView;
import pe.ceropapel.api.document.FindDocumentTypesQuery;

/** Administration of the directory (offices, heads, people) and the list of document types. */
@Controller
@RequestMapping("/admin")
@PreAuthorize("hasRole('ADMIN')")
class AdminPagesController {

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final PageActions actions;
    private final Confirmations confirmations;
    private final PeopleNames people;

    AdminPagesController(QueryGateway queries, CommandGateway commands, PageActions actions,
                         Confirmations confirmations, PeopleNames people) {
        this.queries = queries;
        this.commands = commands;
        this.actions = actions;
        this.confirmations = confirmations;
        this.people = people;
    }

    @GetMapping("/oficinas")
    String offices(Model model) {
        model.addAttribute("offices", offices());
        model.addAttribute("people", people());
        return "admin-offices";
    }

    @PostMapping("/oficinas")
    String createOffice(@RequestParam String codigo, @RequestParam String nombre,
                        @RequestParam(required = false) String superior, RedirectAttributes flash) {
        actions.perform(() -> commands.sendAndWait(new CreateOfficeCommand(codigo.strip().toUpperCase(),
                nombre.strip(), FormValues.blankToNull(superior))), "ui.admin.done.office", flash, codigo, nombre);
        return "redirect:/admin/oficinas";
    }

    @PostMapping("/oficinas/jefe")
    String assignHead(@RequestParam String oficina, @RequestParam String persona, RedirectAttributes flash) {
        actions.perform(() -> commands.sendAndWait(new AssignOfficeHeadCommand(oficina, persona)),
                "ui.admin.done.head", flash);
        return "redirect:/admin/oficinas";
    }

    @GetMapping("/personas")
    String people(Model model) {
        model.addAttribute("people", people());
        model.addAttribute("offices", offices());
        model.addAttribute("roles", PersonRole.values());
        return "admin-people";
    }

    @PostMapping("/personas")
    String register(@RequestParam String usuario, @RequestParam String nombre, @RequestParam String dni,
                    @RequestParam String oficina, @RequestParam(name = "roles", required = false) List<PersonRole> roles,
                    RedirectAttributes flash) {
        actions.perform(() -> commands.sendAndWait(new RegisterPersonCommand(usuario.strip(), nombre.strip(),
                dni.strip(), oficina, roleSet(roles))), "ui.admin.done.person", flash, usuario, nombre, dni);
        return "redirect:/admin/personas";
    }

    @PostMapping("/personas/asignacion")
    String reassign(@RequestParam String usuario, @RequestParam String oficina,
                    @RequestParam(name = "roles", required = false) List<PersonRole> roles, RedirectAttributes flash) {
        actions.perform(() -> commands.sendAndWait(new ChangePersonAssignmentCommand(usuario, oficina,
                roleSet(roles))), "ui.admin.done.assignment", flash);
        return "redirect:/admin/personas";
    }

    @PostMapping("/personas/baja")
    String deactivate(@RequestParam String usuario, @RequestParam(required = false) String confirmado,
                      Principal principal, Model model, RedirectAttributes flash) {
        if (!Confirmations.given(confirmado) && !usuario.equals(principal.getName())) {
            return confirmations.ask(model, "deactivate", "/admin/personas/baja", "/admin/personas",
                    Map.of("usuario", usuario), people.name(usuario));
        }
        actions.perform(() -> commands.sendAndWait(new DeactivatePersonCommand(usuario, principal.getName())),
                "ui.admin.done.deactivated", flash);
        return "redirect:/admin/personas";
    }

    @PostMapping("/personas/desbloqueo")
    String unlockSigningKey(@RequestParam String usuario, Principal principal, RedirectAttributes flash) {
        actions.perform(() -> commands.sendAndWait(new UnlockSigningKeyCommand(usuario, principal.getName())), "ui.admin.done.unlocked",
                flash);
        return "redirect:/admin/personas";
    }

    @GetMapping("/tipos")
    String types(Model model) {
        model.addAttribute("types", queries.query(new FindDocumentTypesQuery(),
                ResponseTypes.multipleInstancesOf(DocumentTypeView.class)).join());
        return "admin-types";
    }

    private List<OfficeView> offices() {
        return queries.query(new FindOfficesQuery(), ResponseTypes.multipleInstancesOf(OfficeView.class)).join();
    }

    private List<PersonView> people() {
        return queries.query(new FindPeopleQuery(null), ResponseTypes.multipleInstancesOf(PersonView.class)).join();
    }

    private static Set<PersonRole> roleSet(List<PersonRole> roles) {
        return roles == null || roles.isEmpty() ? Set.of(PersonRole.EMPLOYEE) : Set.copyOf(roles);
    }
}
