package pe.ceropapel.frontend.interop;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import pe.ceropapel.api.interop.FindPartnerEntitiesQuery;
import pe.ceropapel.api.interop.PartnerEntity;
import pe.ceropapel.api.interop.RegisterPartnerEntityCommand;
import pe.ceropapel.api.interop.RevokePartnerEntityCommand;
import pe.ceropapel.api.interop.Transport;
import pe.ceropapel.frontend.PlainText;

/** The entities we exchange documents with: administrators register, update and revoke them. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class PartnerEntityController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    PartnerEntityController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** A partner's registration: how it is reached and its seal certificate (PEM). */
    record PartnerRequest(@NotBlank @Size(max = 200) @PlainText String name, @NotBlank @Size(max = 500) String endpointUrl,
                          @NotNull Transport transport, @NotBlank @Size(max = 20000) String sealCertificatePem) {
    }

    /** Why a partner is revoked. */
    record RevokeRequest(@NotBlank @Size(max = 1000) @PlainText String reason) {
    }

    @GetMapping("/api/admin/partner-entities")
    List<PartnerEntity> list() {
        return queries.query(FindPartnerEntitiesQuery.all(), ResponseTypes.multipleInstancesOf(PartnerEntity.class))
                .join();
    }

    @PutMapping("/api/admin/partner-entities/{ruc}")
    Map<String, String> register(@PathVariable String ruc, @Valid @RequestBody PartnerRequest request,
                                 Principal principal) {
        commands.sendAndWait(new RegisterPartnerEntityCommand(ruc, request.name(), request.endpointUrl(),
                request.transport(), request.sealCertificatePem(), principal.getName()));
        return Map.of("ruc", ruc);
    }

    @PostMapping("/api/admin/partner-entities/{ruc}/revoke")
    Map<String, String> revoke(@PathVariable String ruc, @Valid @RequestBody RevokeRequest request,
                               Principal principal) {
        commands.sendAndWait(new RevokePartnerEntityCommand(ruc, request.reason(), principal.getName()));
        return Map.of("ruc", ruc);
    }
}
