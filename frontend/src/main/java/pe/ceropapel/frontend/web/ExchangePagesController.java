package pe.ceropapel.frontend.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pe.ceropapel.api.interop.AcceptTramiteCommand;
import pe.ceropapel.api.interop.ExchangeDirection;
import pe.ceropapel.api.interop.ExchangeIds;
import pe.ceropapel.api.interop.ExchangeView;
import pe.ceropapel.api.interop.FindExchangesQuery;
import pe.ceropapel.api.interop.ObserveTramiteCommand;
import pe.ceropapel.api.interop.SendToEntityCommand;
import pe.ceropapel.frontend.casefile.Receipts;
import pe.ceropapel.frontend.interop.ExchangeAccess;
import pe.ceropapel.frontend.problem.NotFoundException;

/**
 * Pages of the exchange with other entities: sending an issued document from its page (and the
 * cargo that came back), and the mesa de partes' tray of what other entities sent, to read, accept
 * or observe.
 */
@Controller
class ExchangePagesController {

    private static final int TRAY_SIZE = 100;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Receipts receipts;
    private final PageActions actions;
    private final ExchangeAccess access;

    ExchangePagesController(CommandGateway commands, QueryGateway queries, Receipts receipts,
                            PageActions actions, ExchangeAccess access) {
        this.commands = commands;
        this.queries = queries;
        this.receipts = receipts;
        this.actions = actions;
        this.access = access;
    }

    @PostMapping("/documentos/{id}/enviar-entidad")
    String send(@PathVariable String id, @RequestParam String entidad, @RequestParam String unidad,
                @RequestParam String destinatario, @RequestParam String cargo,
                @RequestParam(required = false) String comentario, @RequestParam(required = false) String derivacion,
                Principal principal, RedirectAttributes flash) {
        actions.perform(() -> commands.sendAndWait(new SendToEntityCommand(id, UUID.randomUUID().toString(),
                FormValues.blankToNull(derivacion), principal.getName(), entidad, unidad.strip(), destinatario.strip(),
                cargo.strip(), FormValues.blankToNull(comentario))), "ui.exchange.done.sent", flash,
                unidad, destinatario, cargo, comentario);
        return "redirect:/documentos/" + id;
    }

    /** The cargo of a document we sent, for whoever may read the document. */
    @GetMapping("/documentos/{id}/cargos/{cuo}")
    ResponseEntity<StreamingResponseBody> cargo(@PathVariable String id, @PathVariable String cuo, Principal principal) {
        access.requireReadable(id, principal);
        ExchangeView exchange = access.find(ExchangeDirection.OUTGOING, cuo, null);
        if (!id.equals(exchange.documentId()) || exchange.receipt() == null) {
            throw new NotFoundException("receipt", cuo);
        }
        return receipts.pdf(exchange.receipt(), "cargo-" + cuo + ".pdf");
    }

    @GetMapping("/tramites-externos")
    String tray(Authentication authentication, Model model) {
        access.requireMesaDePartes(authentication);
        List<ExchangeView> received = queries.query(new FindExchangesQuery(ExchangeDirection.INCOMING, null, null,
                TRAY_SIZE), ResponseTypes.multipleInstancesOf(ExchangeView.class)).join();
        model.addAttribute("tramites", received);
        return "external-tramites";
    }

    @GetMapping("/tramites-externos/{entity}/{cuo}/pdf")
    ResponseEntity<StreamingResponseBody> pdf(@PathVariable String entity, @PathVariable String cuo,
                                              Authentication authentication) {
        access.requireMesaDePartes(authentication);
        return receipts.pdf(access.find(ExchangeDirection.INCOMING, cuo, entity).content(), "tramite-" + cuo + ".pdf");
    }

    @PostMapping("/tramites-externos/{entity}/{cuo}/aceptar")
    String accept(@PathVariable String entity, @PathVariable String cuo, Principal principal,
                  RedirectAttributes flash) {
        actions.perform(() -> commands.sendAndWait(new AcceptTramiteCommand(ExchangeIds.incoming(entity, cuo),
                principal.getName())), "ui.exchange.done.accepted", flash);
        return "redirect:/tramites-externos";
    }

    @PostMapping("/tramites-externos/{entity}/{cuo}/observar")
    String observe(@PathVariable String entity, @PathVariable String cuo, @RequestParam String motivo,
                   Principal principal, RedirectAttributes flash) {
        actions.perform(() -> commands.sendAndWait(new ObserveTramiteCommand(ExchangeIds.incoming(entity, cuo),
                principal.getName(), motivo)), "ui.exchange.done.observed", flash, motivo);
        return "redirect:/tramites-externos";
    }
}
