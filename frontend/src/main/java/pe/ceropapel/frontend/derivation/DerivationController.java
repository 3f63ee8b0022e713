package pe.ceropapel.frontend.derivation;

import pe.ceropapel.frontend.idempotency.IdempotentRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import pe.ceropapel.api.derivation.ArchiveDerivationCommand;
import pe.ceropapel.api.derivation.AttendDerivationCommand;
import pe.ceropapel.api.derivation.DerivationTarget;
import pe.ceropapel.api.derivation.DeriveDocumentCommand;
import pe.ceropapel.api.derivation.ReceiveDerivationCommand;
import pe.ceropapel.api.derivation.ReturnDerivationCommand;

/** Routing of issued documents (derivar) and what each recipient does with them. */
@RestController
@RequestMapping("/api/documents/{id}/derivations")
class DerivationController {

    private final CommandGateway commands;

    DerivationController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<Map<String, List<String>>> derive(@PathVariable String id,
                                                     @RequestBody @Valid DerivationRequests.Derive body,
                                                     Principal principal) {
        List<DerivationTarget> targets = body.targets().stream()
                .map(t -> new DerivationTarget(IdempotentRequest.newId(), t.kind(), t.recipient(), t.action(),
                        t.dueDate(), t.copy()))
                .toList();
        commands.sendAndWait(new DeriveDocumentCommand(id, principal.getName(), body.parentDerivationId(), targets,
                body.comment()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of("derivationIds", targets.stream().map(DerivationTarget::derivationId).toList()));
    }

    @PostMapping("/{derivationId}/receipt")
    ResponseEntity<Void> receive(@PathVariable String id, @PathVariable String derivationId, Principal principal) {
        commands.sendAndWait(new ReceiveDerivationCommand(id, derivationId, principal.getName()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{derivationId}/attention")
    ResponseEntity<Void> attend(@PathVariable String id, @PathVariable String derivationId,
                                @RequestBody @Valid DerivationRequests.Attention body, Principal principal) {
        commands.sendAndWait(new AttendDerivationCommand(id, derivationId, principal.getName(),
                body.answeringDocumentId(), body.comment()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{derivationId}/return")
    ResponseEntity<Void> giveBack(@PathVariable String id, @PathVariable String derivationId,
                                  @RequestBody @Valid DerivationRequests.Reason body, Principal principal) {
        commands.sendAndWait(new ReturnDerivationCommand(id, derivationId, principal.getName(), body.reason()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{derivationId}/archive")
    ResponseEntity<Void> archive(@PathVariable String id, @PathVariable String derivationId, Principal principal) {
        commands.sendAndWait(new ArchiveDerivationCommand(id, derivationId, principal.getName()));
        return ResponseEntity.noContent().build();
    }
}
