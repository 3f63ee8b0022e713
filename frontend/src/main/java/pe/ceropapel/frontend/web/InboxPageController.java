package pe.ceropapel.frontend.web;

import java.security.Principal;
import java.util.Arrays;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pe.ceropapel.api.access.Reader;
import pe.ceropapel.api.inbox.FindInboxCountsQuery;
import pe.ceropapel.api.inbox.FindInboxQuery;
import pe.ceropapel.api.inbox.InboxCounts;
import pe.ceropapel.api.inbox.InboxPage;
import pe.ceropapel.api.inbox.InboxScope;
import pe.ceropapel.api.inbox.InboxTab;
import pe.ceropapel.frontend.access.Readers;

/**
 * The home page: the signed-in person's trays, or their office's, each with its count, newest first;
 * unless a tray is asked for, it opens on the first tray that asks something of the person.
 */
@Controller
class InboxPageController {

    private static final int PAGE_SIZE = 20;

    private final QueryGateway queries;
    private final Readers readers;

    InboxPageController(QueryGateway queries, Readers readers) {
        this.queries = queries;
        this.readers = readers;
    }

    @GetMapping("/")
    String inbox(@RequestParam(required = false) InboxTab bandeja,
                 @RequestParam(defaultValue = "PERSON") InboxScope ambito,
                 @RequestParam(required = false) String despues,
                 Principal principal, Model model) {
        Reader reader = readers.of(principal);
        Map<InboxTab, Long> counts = queries.query(new FindInboxCountsQuery(reader, ambito), InboxCounts.class)
                .join().counts();
        InboxTab tab = bandeja != null ? bandeja : firstWithWork(counts);
        model.addAttribute("tabs", InboxTab.values());
        model.addAttribute("tab", tab);
        model.addAttribute("scope", ambito);
        model.addAttribute("counts", counts);
        model.addAttribute("page", queries.query(new FindInboxQuery(reader, ambito, tab, PAGE_SIZE, despues),
                InboxPage.class).join());
        return "inbox";
    }

    private static InboxTab firstWithWork(Map<InboxTab, Long> counts) {
        return Arrays.stream(InboxTab.values()).filter(InboxTab::asksForWork)
                .filter(tab -> counts.getOrDefault(tab, 0L) > 0).findFirst().orElse(InboxTab.TO_RECEIVE);
    }
}
