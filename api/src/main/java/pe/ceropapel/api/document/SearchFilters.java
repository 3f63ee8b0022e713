package pe.ceropapel.api.document;

import java.time.LocalDate;

/**
 * What a search is narrowed to; every null filter is left out.
 *
 * @param from     registered on or after this day (Lima)
 * @param to       registered on or before this day (Lima)
 * @param signer   signed by this person
 * @param number   part of the official number, such as {@code 000123-2026}
 * @param caseCode the tracking code of the case file the document is in
 */
public record SearchFilters(DocumentType type, String office, DocumentState state, LocalDate from, LocalDate to,
                            String signer, String number, String caseCode) {

    public static final SearchFilters NONE = new SearchFilters(null, null, null, null, null, null, null, null);
}
