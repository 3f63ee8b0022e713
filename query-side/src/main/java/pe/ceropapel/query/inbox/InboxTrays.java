package pe.ceropapel.query.inbox;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import pe.ceropapel.api.access.Reader;
import pe.ceropapel.api.derivation.DerivationState;
import pe.ceropapel.api.derivation.RecipientKind;
import pe.ceropapel.api.document.DocumentState;
import pe.ceropapel.api.document.SignatureRole;
import pe.ceropapel.api.inbox.InboxScope;
import pe.ceropapel.api.inbox.InboxTab;

/**
 * What each tray holds, as a query: derivation trays on the {@code derivations} index; signature,
 * draft and request trays on the {@code documents} index. A person's own trays hold what was
 * addressed to them or their office to receive, and what they received for their office; an
 * office's trays hold what was addressed to the office. Requests from outside wait in the trays of
 * the office that received them until it derives them.
 */
final class InboxTrays {

    private InboxTrays() {
    }

    private static final Set<InboxTab> ON_DOCUMENTS = EnumSet.of(InboxTab.TO_SIGN, InboxTab.TO_APPROVE,
            InboxTab.REQUESTS, InboxTab.DRAFTS, InboxTab.IN_SIGNING);

    static boolean onDocuments(InboxTab tab) {
        return ON_DOCUMENTS.contains(tab);
    }

    static Query of(InboxTab tab, Reader reader, InboxScope scope) {
        return switch (tab) {
            case TO_RECEIVE -> and(toReceiveBy(reader, scope), state(DerivationState.PENDING));
            case TO_ATTEND -> and(addressedTo(reader, scope), state(DerivationState.RECEIVED));
            case OVERDUE -> and(addressedTo(reader, scope), state(DerivationState.PENDING, DerivationState.RECEIVED),
                    term("overdue", true));
            case SENT -> Query.of(q -> q.bool(b -> b.filter(sentBy(reader, scope))
                    .mustNot(term("observation", true))));
            case RETURNED -> and(sentBy(reader, scope), state(DerivationState.RETURNED));
            case TO_SIGN -> waitingFor(reader, scope, SignatureRole.SIGNATURE);
            case TO_APPROVE -> waitingFor(reader, scope, SignatureRole.APPROVAL);
            case REQUESTS -> and(term("officeCode", office(reader)), term("state", DocumentState.ISSUED.name()),
                    exists("applicant.name"), Query.of(q -> q.bool(b -> b.mustNot(exists("derivations.derivationId")))));
            case DRAFTS -> Query.of(q -> q.bool(b -> b.filter(draftsOf(reader, scope)).mustNot(exists("nextSigner"))));
            case IN_SIGNING -> and(draftsOf(reader, scope), exists("nextSigner"));
        };
    }

    /** What waits to be received: what was addressed to me, or to my office, which I may receive too. */
    private static Query toReceiveBy(Reader reader, InboxScope scope) {
        Query toOffice = and(term("kind", RecipientKind.OFFICE.name()), term("recipient", office(reader)));
        if (scope == InboxScope.OFFICE) {
            return toOffice;
        }
        Query toMe = and(term("kind", RecipientKind.PERSON.name()), term("recipient", reader.username()));
        return Query.of(q -> q.bool(b -> b.should(toMe, toOffice).minimumShouldMatch("1")));
    }

    private static Query draftsOf(Reader reader, InboxScope scope) {
        Query whose = scope == InboxScope.OFFICE ? term("officeCode", office(reader)) : term("author", reader.username());
        return and(whose, term("state", DocumentState.DRAFT.name()));
    }

    private static Query exists(String field) {
        return Query.of(q -> q.exists(e -> e.field(field)));
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
