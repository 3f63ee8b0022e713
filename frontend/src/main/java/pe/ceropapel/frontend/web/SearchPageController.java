package pe.ceropapel.frontend.web;

import java.security.Principal;
import java.time.LocalDate;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pe.ceropapel.api.document.DocumentState;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.api.document.SearchDocumentsQuery;
import pe.ceropapel.api.document.SearchFilters;
import pe.ceropapel.api.document.SearchOrder;
import pe.ceropapel.api.document.SearchResult;
import pe.ceropapel.frontend.access.Readers;

/** The search page: words, filters, facets with counts and highlighted snippets. */
@Controller
class SearchPageController {

    private static final int PAGE_SIZE = 20;
    private static final int MAX_WORDS_LENGTH = 200;

    private final QueryGateway queries;
    private final Readers readers;

    SearchPageController(QueryGateway queries, Readers readers) {
        this.queries = queries;
        this.readers = readers;
    }

    @GetMapping("/buscar")
    String search(@RequestParam(required = false) String q,
                  @RequestParam(required = false) DocumentType tipo,
                  @RequestParam(required = false) String oficina,
                  @RequestParam(required = false) DocumentState estado,
                  @RequestParam(required = false) String firmante,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate desde,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hasta,
                  @RequestParam(required = false) String despues,
                  Principal principal, Model model) {
        String words = q == null ? null : q.length() > MAX_WORDS_LENGTH ? q.substring(0, MAX_WORDS_LENGTH) : q;
        SearchFilters filters = new SearchFilters(tipo, FormValues.blankToNull(oficina), estado, desde, hasta,
                FormValues.blankToNull(firmante), null, null);
        SearchOrder order = words == null || words.isBlank() ? SearchOrder.NEWEST : SearchOrder.RELEVANCE;
        SearchResult result = queries.query(new SearchDocumentsQuery(words, filters, order, PAGE_SIZE, despues,
                readers.of(principal)), SearchResult.class).join();
        model.addAttribute("q", words);
        model.addAttribute("filters", filters);
        model.addAttribute("result", result);
        model.addAttribute("types", DocumentType.values());
        return "search";
    }
}
