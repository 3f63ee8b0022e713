package pe.ceropapel.frontend.inbox;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.security.Principal;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pe.ceropapel.api.inbox.FindInboxCountsQuery;
import pe.ceropapel.api.inbox.FindInboxQuery;
import pe.ceropapel.api.inbox.InboxCounts;
import pe.ceropapel.api.inbox.InboxPage;
import pe.ceropapel.api.inbox.InboxScope;
import pe.ceropapel.api.inbox.InboxTab;
import pe.ceropapel.frontend.access.Readers;

/** The signed-in person's trays (bandejas), or those of their office with {@code scope=OFFICE}. */
@RestController
class InboxController {

    private final QueryGateway queries;
    private final Readers readers;

    InboxController(QueryGateway queries, Readers readers) {
        this.queries = queries;
        this.readers = readers;
    }

    @GetMapping("/api/inbox")
    InboxCounts counts(@RequestParam(defaultValue = "PERSON") InboxScope scope, Principal principal) {
        return queries.query(new FindInboxCountsQuery(readers.of(principal), scope), InboxCounts.class).join();
    }

    @GetMapping("/api/inbox/{tab}")
    InboxPage tray(@PathVariable InboxTab tab,
                   @RequestParam(defaultValue = "PERSON") InboxScope scope,
                   @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
                   @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9_-]{1,2000}") String after,
                   Principal principal) {
        return queries.query(new FindInboxQuery(readers.of(principal), scope, tab, size, after), InboxPage.class)
                .join();
    }
}
