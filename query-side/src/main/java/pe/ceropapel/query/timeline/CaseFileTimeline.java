package pe.ceropapel.query.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.casefile.CaseFileOpenedEvent;
import pe.ceropapel.api.casefile.DocumentAddedToCaseFileEvent;
import pe.ceropapel.api.derivation.DerivationArchivedEvent;
import pe.ceropapel.api.derivation.DerivationAttendedEvent;
import pe.ceropapel.api.derivation.DerivationOverdueEvent;
import pe.ceropapel.api.derivation.DerivationReceivedEvent;
import pe.ceropapel.api.derivation.DerivationReturnedEvent;
import pe.ceropapel.api.derivation.DocumentDerivedEvent;
import pe.ceropapel.api.document.ContentReplacedEvent;
import pe.ceropapel.api.document.DocumentAnnulledEvent;
import pe.ceropapel.api.document.DocumentArchivedEvent;
import pe.ceropapel.api.document.DocumentIssuedEvent;
import pe.ceropapel.api.document.DocumentRegisteredEvent;
import pe.ceropapel.api.document.DocumentRejectedEvent;
import pe.ceropapel.api.document.DocumentSignedEvent;
import pe.ceropapel.api.document.DraftDiscardedEvent;
import pe.ceropapel.api.document.SignatureRole;
import pe.ceropapel.api.timeline.FindCaseFileTimelineQuery;
import pe.ceropapel.api.timeline.TimelineAction;
import pe.ceropapel.api.timeline.TimelineEntry;

/**
 * A case file's timeline, read straight from the event store (the source of truth): the case file's
 * own events and those of each of its documents, oldest first. Steps that change nothing a reader
 * follows (drafting details, plans, numbers) are left out.
 */
@Component
class CaseFileTimeline {

    private static final String USER = "user";
    private static final Map<Class<?>, TimelineAction> ACTIONS = Map.ofEntries(
            Map.entry(ContentReplacedEvent.class, TimelineAction.CONTENT_REPLACED),
            Map.entry(DraftDiscardedEvent.class, TimelineAction.DISCARDED),
            Map.entry(DocumentRejectedEvent.class, TimelineAction.REJECTED),
            Map.entry(DocumentIssuedEvent.class, TimelineAction.ISSUED),
            Map.entry(DerivationReceivedEvent.class, TimelineAction.RECEIVED),
            Map.entry(DerivationAttendedEvent.class, TimelineAction.ATTENDED),
            Map.entry(DerivationReturnedEvent.class, TimelineAction.RETURNED),
            Map.entry(DerivationArchivedEvent.class, TimelineAction.DERIVATION_ARCHIVED),
            Map.entry(DerivationOverdueEvent.class, TimelineAction.OVERDUE),
            Map.entry(DocumentArchivedEvent.class, TimelineAction.ARCHIVED),
            Map.entry(DocumentAnnulledEvent.class, TimelineAction.ANNULLED));

    private final EventStore eventStore;

    CaseFileTimeline(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @QueryHandler
    List<TimelineEntry> handle(FindCaseFileTimelineQuery query) {
        List<TimelineEntry> entries = new ArrayList<>();
        Set<String> documents = new LinkedHashSet<>();
        String caseOffice = null;
        for (DomainEventMessage<?> event : events(query.caseFileId())) {
            if (event.getPayload() instanceof CaseFileOpenedEvent opened) {
                caseOffice = opened.officeCode();
                documents.add(opened.firstDocumentId());
                entries.add(entry(event, opened.firstDocumentId(), TimelineAction.CASE_OPENED, caseOffice));
            } else if (event.getPayload() instanceof DocumentAddedToCaseFileEvent added) {
                documents.add(added.documentId());
                entries.add(entry(event, added.documentId(), TimelineAction.DOCUMENT_FILED, caseOffice));
            }
        }
        for (String documentId : documents) {
            entries.addAll(documentSteps(documentId));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }

    private List<TimelineEntry> documentSteps(String documentId) {
        List<TimelineEntry> steps = new ArrayList<>();
        Map<String, String> recipients = new HashMap<>();
        String office = null;
        for (DomainEventMessage<?> event : events(documentId)) {
            Object payload = event.getPayload();
            if (payload instanceof DocumentRegisteredEvent registered) {
                office = registered.officeCode();
                steps.add(entry(event, documentId, TimelineAction.REGISTERED, office));
            } else if (payload instanceof DocumentDerivedEvent derived) {
                recipients.put(derived.derivationId(), derived.recipient());
                steps.add(entry(event, documentId, TimelineAction.DERIVED, derived.recipient()));
            } else {
                TimelineAction action = actionOf(payload);
                if (action != null) {
                    steps.add(entry(event, documentId, action, recipients.getOrDefault(derivationOf(payload), office)));
                }
            }
        }
        return steps;
    }

    private static TimelineAction actionOf(Object payload) {
        if (payload instanceof DocumentSignedEvent signed) {
            return signed.role() == SignatureRole.APPROVAL ? TimelineAction.APPROVED : TimelineAction.SIGNED;
        }
        return ACTIONS.get(payload.getClass());
    }

    private static String derivationOf(Object payload) {
        if (payload instanceof DerivationReceivedEvent e) {
            return e.derivationId();
        } else if (payload instanceof DerivationAttendedEvent e) {
            return e.derivationId();
        } else if (payload instanceof DerivationReturnedEvent e) {
            return e.derivationId();
        } else if (payload instanceof DerivationArchivedEvent e) {
            return e.derivationId();
        } else if (payload instanceof DerivationOverdueEvent e) {
            return e.derivationId();
        }
        return null;
    }

    private Iterable<? extends DomainEventMessage<?>> events(String aggregateId) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        eventStore.readEvents(aggregateId).forEachRemaining(events::add);
        return events;
    }

    /** An overdue step is the passing of time: nobody acted, whatever its deadline message carries. */
    private static TimelineEntry entry(DomainEventMessage<?> event, String documentId, TimelineAction action,
                                       String office) {
        String actor = action == TimelineAction.OVERDUE ? null : (String) event.getMetaData().get(USER);
        return new TimelineEntry(event.getTimestamp(), documentId, action, office, actor);
    }
}
