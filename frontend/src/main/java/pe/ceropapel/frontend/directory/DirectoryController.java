package pe.ceropapel.frontend.directory;

import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pe.ceropapel.api.directory.AssignOfficeHeadCommand;
import pe.ceropapel.api.directory.ChangePersonAssignmentCommand;
import pe.ceropapel.api.directory.CreateOfficeCommand;
import pe.ceropapel.api.directory.DeactivatePersonCommand;
import pe.ceropapel.api.directory.FindOfficesQuery;
import pe.ceropapel.api.directory.FindPeopleQuery;
import pe.ceropapel.api.directory.FindPersonQuery;
import pe.ceropapel.api.directory.OfficeView;
import pe.ceropapel.api.directory.PersonView;
import pe.ceropapel.api.directory.RegisterPersonCommand;
import pe.ceropapel.api.directory.RenameOfficeCommand;
import pe.ceropapel.api.directory.UnlockSigningKeyCommand;
import pe.ceropapel.frontend.problem.NotFoundException;

/**
 * The directory of offices and people: anyone signed in may read it, only an administrator changes
 * it. Office codes contain slashes, so they are the last part of the path ({@code /api/offices/INACAL/DM}).
 */
@RestController
@RequestMapping("/api")
class DirectoryController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    DirectoryController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping("/offices")
    List<OfficeView> offices() {
        return queries.query(new FindOfficesQuery(), ResponseTypes.multipleInstancesOf(OfficeView.class)).join();
    }

    @GetMapping("/people")
    List<PersonView> people(@RequestParam(required = false) String office) {
        return queries.query(new FindPeopleQuery(office), ResponseTypes.multipleInstancesOf(PersonView.class)).join();
    }

    @GetMapping("/offices/{*code}")
    OfficeView office(@PathVariable String code) {
        String officeCode = officeCode(code);
        return offices().stream().filter(office -> office.code().equals(officeCode)).findFirst()
                .orElseThrow(() -> new NotFoundException("office", officeCode));
    }

    @GetMapping("/people/{username}")
    PersonView person(@PathVariable String username) {
        return queries.query(new FindPersonQuery(username), ResponseTypes.optionalInstanceOf(PersonView.class)).join()
                .orElseThrow(() -> new NotFoundException("person", username));
    }

    @PostMapping("/offices")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> createOffice(@RequestBody @Valid DirectoryRequests.NewOffice office) {
        commands.sendAndWait(new CreateOfficeCommand(office.code(), office.name(), office.parentCode()));
        return ResponseEntity.created(URI.create("/api/offices/" + office.code())).build();
    }

    @PutMapping("/offices/{*code}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> renameOffice(@PathVariable String code, @RequestBody @Valid DirectoryRequests.OfficeName body) {
        commands.sendAndWait(new RenameOfficeCommand(officeCode(code), body.name()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/office-heads/{*code}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> assignHead(@PathVariable String code, @RequestBody @Valid DirectoryRequests.OfficeHead body) {
        commands.sendAndWait(new AssignOfficeHeadCommand(officeCode(code), body.username()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/people")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> registerPerson(@RequestBody @Valid DirectoryRequests.NewPerson person) {
        commands.sendAndWait(new RegisterPersonCommand(person.username(), person.fullName(), person.dni(),
                person.officeCode(), person.roles()));
        return ResponseEntity.created(URI.create("/api/people/" + person.username())).build();
    }

    @PutMapping("/people/{username}/assignment")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> reassign(@PathVariable String username, @RequestBody @Valid DirectoryRequests.Assignment body) {
        commands.sendAndWait(new ChangePersonAssignmentCommand(username, body.officeCode(), body.roles()));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/people/{username}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> deactivate(@PathVariable String username, Principal principal) {
        commands.sendAndWait(new DeactivatePersonCommand(username, principal.getName()));
        return ResponseEntity.noContent().build();
    }

    /** Unlocks a person's server-held signing key, locked after too many wrong PINs in a row. */
    @PostMapping("/people/{username}/signing-key/unlock")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> unlockSigningKey(@PathVariable String username, Principal principal) {
        commands.sendAndWait(new UnlockSigningKeyCommand(username, principal.getName()));
        return ResponseEntity.noContent().build();
    }

    /** {@code {*code}} captures the rest of the path with its leading slash. */
    private static String officeCode(String captured) {
        return captured.startsWith("/") ? captured.substring(1) : captured;
    }
}
