package pe.ceropapel.query.inbox;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.Arrays;
import java.util.List;
import pe.ceropapel.api.access.Reader;
import pe.ceropapel.api.derivation.DerivationState;
import pe.ceropapel.api.derivation.RecipientKind;
import pe.ceropapel.api.document.SignatureRole;
import pe.ceropapel.api.inbox.InboxScope;
import pe.ceropapel.api.inbox.InboxTab;

/**
 * What each tray holds, as a query: derivation trays on the {@code derivations} index, signature
 * trays on the {@code documents} index. A person's own trays hold what was addressed to them or what
 * they received for their office; an office's trays hold what was addressed to the office.
 */
final class InboxTrays {

    private InboxTrays() {
    }

    static boolean onDocuments(InboxTab tab) {
        return tab == InboxTab.TO_SIGN || tab == InboxTab.TO_APPROVE;
    }

    static Query of(InboxTab tab, Reader reader, InboxScope scope) {
        return switch (tab) {
            case TO_RECEIVE -> and(addressedTo(reader, scope), state(DerivationState.PENDING));
            case TO_ATTEND -> and(addressedTo(reader, scope), state(DerivationState.RECEIVED));
            case OVERDUE -> and(addressedTo(reader, scope), state(DerivationState.PENDING, DerivationState.RECEIVED),
                    term("overdue", true));
            case SENT -> sentBy(reader, scope);
            case RETURNED -> and(sentBy(reader, scope), state(DerivationState.RETURNED));
            case TO_SIGN -> waitingFor(reader, scope, SignatureRole.SIGNATURE);
            case TO_APPROVE -> waitingFor(reader, scope, SignatureRole.APPROVAL);
        };
    }

    private static Query addressedTo(Reader reader, InboxScope scope) {
        Query toOffice = and(term("kind", RecipientKind.OFFICE.name()), term("recipient", office(reader)));
        if (scope == InboxScope.OFFICE) {
            return toOffice;
        }
        Query toMe = and(term("kind", RecipientKind.PERSON.name()), term("recipient", reader.username()));
        Query receivedByMe = and(toOffice, term("actor", reader.username()));
        return Query.of(q -> q.bool(b -> b.should(toMe, receivedByMe).minimumShouldMatch("1")));
    }

    private static Query sentBy(Reader reader, InboxScope scope) {
        return scope == InboxScope.OFFICE ? term("byOffice", office(reader)) : term("by", reader.username());
    }

    private static Query waitingFor(Reader reader, InboxScope scope, SignatureRole role) {
        Query signer = scope == InboxScope.OFFICE ? term("officeCode", office(reader))
                : term("nextSigner", reader.username());
        return and(signer, term("nextRole", role.name()));
    }

    private static Query state(DerivationState... states) {
        List<FieldValue> values = Arrays.stream(states).map(s -> FieldValue.of(s.name())).toList();
        return Query.of(q -> q.terms(t -> t.field("state").terms(v -> v.value(values))));
    }

    private static Query and(Query... clauses) {
        return Query.of(q -> q.bool(b -> b.filter(List.of(clauses))));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static Query term(String field, boolean value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static String office(Reader reader) {
        return reader.officeCode() == null ? "" : reader.officeCode();
    }
}
