package pe.ceropapel.frontend.interop;

import pe.ceropapel.frontend.idempotency.IdempotentRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import pe.ceropapel.api.interop.AcceptTramiteCommand;
import pe.ceropapel.api.interop.ExchangeDirection;
import pe.ceropapel.api.interop.ExchangeIds;
import pe.ceropapel.api.interop.ExchangeState;
import pe.ceropapel.api.interop.ExchangeView;
import pe.ceropapel.api.interop.FindExchangesQuery;
import pe.ceropapel.api.interop.ObserveTramiteCommand;
import pe.ceropapel.api.interop.SendToEntityCommand;
import pe.ceropapel.frontend.PlainText;
import pe.ceropapel.frontend.casefile.Receipts;
import pe.ceropapel.frontend.problem.NotFoundException;

/**
 * Exchanges with other entities, for our people: send an issued document to an entity; follow what
 * was sent from the document (state, attempts, cargo); and, in the mesa de partes, list what other
 * entities sent, read it, accept it or observe it.
 */
@RestController
class ExchangeController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Receipts receipts;
    private final ExchangeAccess access;

    ExchangeController(CommandGateway commands, QueryGateway queries, Receipts receipts,
                       ExchangeAccess access) {
        this.commands = commands;
        this.queries = queries;
        this.receipts = receipts;
        this.access = access;
    }

    /** Where an issued document goes in another entity. */
    record SendRequest(@NotBlank @Size(max = 11) String receiverRuc, @NotBlank @Size(max = 200) @PlainText String destinationOffice,
                       @NotBlank @Size(max = 200) @PlainText String addresseeName,
                       @NotBlank @Size(max = 200) @PlainText String addresseePosition,
                       @Size(max = 1000) @PlainText String comment,
                       String parentDerivationId) {
    }

    /** Why a received tramite is not accepted. */
    record ObserveRequest(@NotBlank @Size(max = 1000) @PlainText String reason) {
    }

    @PostMapping("/api/documents/{id}/entity-deliveries")
    ResponseEntity<Map<String, String>> send(@PathVariable String id, @Valid @RequestBody SendRequest request,
                                             Principal principal) {
        String cuo = commands.sendAndWait(new SendToEntityCommand(id, IdempotentRequest.newId(),
                request.parentDerivationId(), principal.getName(), request.receiverRuc(), request.destinationOffice(),
                request.addresseeName(), request.addresseePosition(), request.comment()));
        return ResponseEntity.created(URI.create("/api/interop/exchanges/OUTGOING/" + cuo)).body(Map.of("cuo", cuo));
    }

    /** What was sent of a document to other entities, for whoever may read the document. */
    @GetMapping("/api/documents/{id}/exchanges")
    List<ExchangeView> ofDocument(@PathVariable String id, Principal principal) {
        access.requireReadable(id, principal);
        return queries.query(new FindExchangesQuery(null, null, id, 100),
                ResponseTypes.multipleInstancesOf(ExchangeView.class)).join();
    }

    @GetMapping("/api/interop/exchanges")
    List<ExchangeView> list(@RequestParam(required = false) ExchangeDirection direction,
                            @RequestParam(required = false) ExchangeState state,
                            @RequestParam(defaultValue = "50") int size, Authentication authentication) {
        access.requireMesaDePartes(authentication);
        return queries.query(new FindExchangesQuery(direction, state, null, size),
                ResponseTypes.multipleInstancesOf(ExchangeView.class)).join();
    }

    /** An exchange by its CUO; for an incoming one, {@code entity} is the sender's RUC. */
    @GetMapping("/api/interop/exchanges/{direction}/{cuo}")
    ExchangeView find(@PathVariable ExchangeDirection direction, @PathVariable String cuo,
                      @RequestParam(required = false) String entity, Authentication authentication) {
        access.requireMesaDePartes(authentication);
        return access.find(direction, cuo, entity);
    }

    /** The PDF a tramite carried. */
    @GetMapping("/api/interop/exchanges/{direction}/{cuo}/content")
    ResponseEntity<StreamingResponseBody> content(@PathVariable ExchangeDirection direction, @PathVariable String cuo,
                                                  @RequestParam(required = false) String entity,
                                                  Authentication authentication) {
        access.requireMesaDePartes(authentication);
        ExchangeView exchange = access.find(direction, cuo, entity);
        return receipts.pdf(exchange.content(), "tramite-" + cuo + ".pdf");
    }

    /** The cargo's receipt, signed with the receiving entity's seal. */
    @GetMapping("/api/interop/exchanges/{direction}/{cuo}/receipt")
    ResponseEntity<StreamingResponseBody> receipt(@PathVariable ExchangeDirection direction, @PathVariable String cuo,
                                                  @RequestParam(required = false) String entity,
                                                  Authentication authentication) {
        access.requireMesaDePartes(authentication);
        ExchangeView exchange = access.find(direction, cuo, entity);
        if (exchange.receipt() == null) {
            throw new NotFoundException("receipt", cuo);
        }
        return receipts.pdf(exchange.receipt(), "cargo-" + cuo + ".pdf");
    }

    @PostMapping("/api/interop/incoming/{entity}/{cuo}/accept")
    Map<String, String> accept(@PathVariable String entity, @PathVariable String cuo, Principal principal) {
        String registration = commands.sendAndWait(new AcceptTramiteCommand(ExchangeIds.incoming(entity, cuo),
                principal.getName()));
        return Map.of("cuo", cuo, "state", ExchangeState.RECEIVED.code(), "registrationNumber", registration);
    }

    @PostMapping("/api/interop/incoming/{entity}/{cuo}/observe")
    Map<String, String> observe(@PathVariable String entity, @PathVariable String cuo,
                                @Valid @RequestBody ObserveRequest request, Principal principal) {
        commands.sendAndWait(new ObserveTramiteCommand(ExchangeIds.incoming(entity, cuo), principal.getName(),
                request.reason()));
        return Map.of("cuo", cuo, "state", ExchangeState.OBSERVED.code());
    }
}
