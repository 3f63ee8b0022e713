package pe.ceropapel.frontend.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.directory.FindOfficesQuery;
import pe.ceropapel.api.directory.OfficeView;

/**
 * Reads the recipients typed on a form as offices of the directory: by code ("INACAL/DN") or by a
 * name or part of one, in any case and with or without accents ("Normalizacion"), as long as it
 * names one office only.
 */
@Component
class RecipientOffices {

    private final QueryGateway queries;

    RecipientOffices(QueryGateway queries) {
        this.queries = queries;
    }

    /** The offices' codes, or why a typed recipient names none or several. */
    record Resolution(List<String> codes, String unknown, List<OfficeView> candidates) {

        boolean resolved() {
            return unknown == null;
        }
    }

    Resolution resolve(List<String> typed) {
        List<OfficeView> offices = queries.query(new FindOfficesQuery(),
                ResponseTypes.multipleInstancesOf(OfficeView.class)).join();
        List<String> codes = new ArrayList<>();
        for (String recipient : typed) {
            List<OfficeView> matches = matching(recipient, offices);
            if (matches.size() != 1) {
                return new Resolution(List.of(), recipient, matches);
            }
            if (!codes.contains(matches.get(0).code())) {
                codes.add(matches.get(0).code());
            }
        }
        return new Resolution(codes, null, List.of());
    }

    private static List<OfficeView> matching(String typed, List<OfficeView> offices) {
        String wanted = folded(typed);
        List<OfficeView> exact = offices.stream()
                .filter(office -> folded(office.code()).equals(wanted) || folded(office.name()).equals(wanted))
                .toList();
        return !exact.isEmpty() ? exact
                : offices.stream().filter(office -> folded(office.name()).contains(wanted)).toList();
    }

    private static String folded(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip();
    }
}
