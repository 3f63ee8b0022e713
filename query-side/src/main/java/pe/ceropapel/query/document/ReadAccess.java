package pe.ceropapel.query.document;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;
import java.util.Set;
import pe.ceropapel.api.access.Reader;
import pe.ceropapel.api.document.DocumentState;

/**
 * Who may read a document: the people and offices in its flow (author and origin office, signers,
 * senders and recipients of its derivations); and, once issued, every employee unless it is
 * confidential. The same rule as a query filter, part of every search, count and facet.
 */
public final class ReadAccess {

    private static final Set<String> OPEN_STATES = Set.of(DocumentState.ISSUED.name(), DocumentState.ARCHIVED.name(),
            DocumentState.ANNULLED.name());

    private ReadAccess() {
    }

    /** Matches the documents of the {@code documents} index that {@code reader} may read. */
    public static Query filter(Reader reader) {
        List<FieldValue> openStates = OPEN_STATES.stream().sorted().map(FieldValue::of).toList();
        return Query.of(q -> q.bool(b -> b
                .should(s -> s.term(t -> t.field("readerPeople").value(reader.username())))
                .should(s -> s.term(t -> t.field("readerOffices").value(nullToEmpty(reader.officeCode()))))
                .should(s -> s.bool(open -> open
                        .mustNot(n -> n.term(t -> t.field("confidential").value(true)))
                        .filter(f -> f.terms(t -> t.field("state").terms(v -> v.value(openStates))))))
                .minimumShouldMatch("1")));
    }

    static boolean canRead(DocumentEntry document, Reader reader) {
        return document.readerPeople.contains(reader.username())
                || document.readerOffices.contains(nullToEmpty(reader.officeCode()))
                || !document.confidential && OPEN_STATES.contains(document.state);
    }

    private static String nullToEmpty(String office) {
        return office == null ? "" : office;
    }
}
