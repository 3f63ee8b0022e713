package pe.ceropapel.frontend.document;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import pe.ceropapel.api.access.Reader;
import pe.ceropapel.api.document.DocumentState;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.api.document.SearchDocumentsQuery;
import pe.ceropapel.api.document.SearchFilters;
import pe.ceropapel.api.document.SearchOrder;
import pe.ceropapel.frontend.InputFormats;
import pe.ceropapel.frontend.PlainText;

/**
 * The query parameters of {@code GET /api/search}.
 *
 * @param q     free text (simple query syntax: quotes for phrases, {@code -} to exclude)
 * @param from  registered on or after this day, {@code yyyy-MM-dd}
 * @param to    registered on or before this day
 * @param after the {@code next} cursor of the previous page
 */
record SearchRequest(@Size(max = 200) @PlainText String q,
                     DocumentType type,
                     @Pattern(regexp = InputFormats.OFFICE_CODE) String office,
                     DocumentState state,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @Size(max = 60) @PlainText String signer,
                     @Size(max = 100) @PlainText String number,
                     @Size(max = 40) @PlainText String caseCode,
                     SearchOrder sort,
                     @Min(1) @Max(100) Integer size,
                     @Pattern(regexp = "[A-Za-z0-9_-]{1,2000}") String after) {

    private static final int DEFAULT_SIZE = 20;

    SearchDocumentsQuery toQuery(Reader reader) {
        SearchFilters filters = new SearchFilters(type, office, state, from, to, blankToNull(signer),
                blankToNull(number), blankToNull(caseCode));
        SearchOrder order = sort != null ? sort : q == null || q.isBlank() ? SearchOrder.NEWEST : SearchOrder.RELEVANCE;
        return new SearchDocumentsQuery(q, filters, order, size == null ? DEFAULT_SIZE : size, after, reader);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
