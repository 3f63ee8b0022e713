package pe.ceropapel.frontend.readmodel;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import pe.ceropapel.api.readmodel.FindRebuildStatusQuery;
import pe.ceropapel.api.readmodel.RebuildReadModelsCommand;
import pe.ceropapel.api.readmodel.RebuildStatus;
import pe.ceropapel.frontend.problem.NotFoundException;

/** Administration of the read models: rebuild them from the event store and follow the progress. */
@RestController
@RequestMapping("/api/admin/read-models/rebuild")
@PreAuthorize("hasRole('ADMIN')")
class ReadModelController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    ReadModelController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<RebuildStatus> rebuild() {
        RebuildStatus started = commands.sendAndWait(new RebuildReadModelsCommand());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(started);
    }

    @GetMapping
    RebuildStatus status() {
        return queries.query(new FindRebuildStatusQuery(), ResponseTypes.optionalInstanceOf(RebuildStatus.class))
                .join()
                .orElseThrow(() -> new NotFoundException("rebuild", "read-models"));
    }
}
