package pe.ceropapel.query.timeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import pe.ceropapel.api.casefile.CaseFileOpenedEvent;
import pe.ceropapel.api.casefile.CaseOrigin;
import pe.ceropapel.api.casefile.DocumentAddedToCaseFileEvent;
import pe.ceropapel.api.derivation.DerivationArchivedEvent;
import pe.ceropapel.api.derivation.DerivationAttendedEvent;
import pe.ceropapel.api.derivation.DerivationOverdueEvent;
import pe.ceropapel.api.derivation.DerivationReceivedEvent;
import pe.ceropapel.api.derivation.DerivationReturnedEvent;
import pe.ceropapel.api.derivation.DocumentDerivedEvent;
import pe.ceropapel.api.derivation.RecipientKind;
import pe.ceropapel.api.document.ContentReplacedEvent;
import pe.ceropapel.api.document.DocumentAnnulledEvent;
import pe.ceropapel.api.document.DocumentArchivedEvent;
import pe.ceropapel.api.document.DocumentIssuedEvent;
import pe.ceropapel.api.document.DocumentRegisteredEvent;
import pe.ceropapel.api.document.DocumentRejectedEvent;
import pe.ceropapel.api.document.DocumentResubmittedEvent;
import pe.ceropapel.api.document.DocumentSignedEvent;
import pe.ceropapel.api.document.DraftDiscardedEvent;
import pe.ceropapel.api.document.SignatureRole;
import pe.ceropapel.api.timeline.TimelineAction;
import pe.ceropapel.query.readmodel.IndexWrites;
import pe.ceropapel.query.readmodel.ReadModelIndices;
import pe.ceropapel.query.readmodel.ReadModels;

/**
 * Keeps the {@code timeline} index: one entry per step a reader follows (registration, signatures,
 * issue, derivations and their answers, archive, annulment, case file steps), with who acted and
 * where. Steps that change nothing a reader follows (drafting details, plans, numbers) are left out.
 * Each step goes on to {@link TrackingProjection}, which keeps those a citizen sees.
 */
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class TimelineProjection {

    private static final String USER = "user";
    private static final String OFFICE = "office";
    private static final Map<Class<?>, TimelineAction> DOCUMENT_STEPS = Map.of(
            ContentReplacedEvent.class, TimelineAction.CONTENT_REPLACED,
            DraftDiscardedEvent.class, TimelineAction.DISCARDED,
            DocumentIssuedEvent.class, TimelineAction.ISSUED,
            DocumentArchivedEvent.class, TimelineAction.ARCHIVED,
            DocumentResubmittedEvent.class, TimelineAction.RESUBMITTED);

    private final ElasticsearchClient client;
    private final ReadModelIndices indices;
    private final TrackingProjection tracking;

    public TimelineProjection(ElasticsearchClient client, ReadModelIndices indices, TrackingProjection tracking) {
        this.client = client;
        this.indices = indices;
        this.tracking = tracking;
    }

    @EventHandler
    void on(Object payload, DomainEventMessage<?> event, TrackingToken token) throws IOException {
        TimelineStep step = new TimelineStep();
        step.at = event.getTimestamp().toString();
        step.position = token.position().orElse(0);
        step.actor = (String) event.getMetaData().get(USER);
        if (describe(payload, event, step)) {
            String id = event.getAggregateIdentifier() + "/" + event.getSequenceNumber();
            IndexWrites.current(client).create(indices.timeline(), id, event.getSequenceNumber(), step);
            tracking.record(id, step);
        }
    }

    /** Fills in the step that {@code payload} records; false when it records none a reader follows. */
    private boolean describe(Object payload, DomainEventMessage<?> event, TimelineStep step) throws IOException {
        if (payload instanceof CaseFileOpenedEvent opened) {
            caseStep(step, opened.caseFileId(), opened.firstDocumentId(), TimelineAction.CASE_OPENED, opened.officeCode());
            if (opened.origin() == CaseOrigin.CITIZEN && opened.applicant() != null) {
                // who filed it, rather than the mesa de partes virtual that took it in
                step.actor = opened.applicant().name();
            }
        } else if (payload instanceof DocumentAddedToCaseFileEvent added) {
            String office = IndexWrites.current(client).find(indices.caseFiles(), added.caseFileId(), CaseFileEntry.class)
                    .map(caseFile -> caseFile.officeCode).orElse(null);
            caseStep(step, added.caseFileId(), added.documentId(), TimelineAction.DOCUMENT_FILED, office);
        } else if (payload instanceof DocumentRegisteredEvent registered) {
            documentStep(step, registered.documentId(), TimelineAction.REGISTERED, registered.officeCode());
        } else if (payload instanceof DocumentDerivedEvent derived) {
            documentStep(step, derived.documentId(), TimelineAction.DERIVED, derived.kind() == RecipientKind.OFFICE
                    ? derived.recipient() : (String) event.getMetaData().get(OFFICE));
            step.recipient = derived.kind() == RecipientKind.PERSON ? derived.recipient() : null;
            step.comment = derived.comment();
        } else if (payload instanceof DerivationReceivedEvent e) {
            derivationStep(step, e.documentId(), e.derivationId(), TimelineAction.RECEIVED, event);
        } else if (payload instanceof DerivationAttendedEvent e) {
            derivationStep(step, e.documentId(), e.derivationId(), TimelineAction.ATTENDED, event);
            step.comment = e.comment();
        } else if (payload instanceof DerivationReturnedEvent e) {
            derivationStep(step, e.documentId(), e.derivationId(), TimelineAction.RETURNED, event);
            step.comment = e.reason();
        } else if (payload instanceof DerivationArchivedEvent e) {
            derivationStep(step, e.documentId(), e.derivationId(), TimelineAction.DERIVATION_ARCHIVED, event);
        } else if (payload instanceof DerivationOverdueEvent e) {
            // the passing of time: nobody acted, whatever its deadline message carries
            derivationStep(step, e.documentId(), e.derivationId(), TimelineAction.OVERDUE, event);
            step.actor = null;
        } else if (payload instanceof DocumentSignedEvent signed) {
            originStep(step, signed.documentId(),
                    signed.role() == SignatureRole.APPROVAL ? TimelineAction.APPROVED : TimelineAction.SIGNED);
        } else if (payload instanceof DocumentRejectedEvent rejected) {
            originStep(step, rejected.documentId(), TimelineAction.REJECTED);
            step.comment = rejected.reason();
        } else if (payload instanceof DocumentAnnulledEvent annulled) {
            originStep(step, annulled.documentId(), TimelineAction.ANNULLED);
            step.comment = annulled.reason();
        } else if (DOCUMENT_STEPS.containsKey(payload.getClass())) {
            originStep(step, event.getAggregateIdentifier(), DOCUMENT_STEPS.get(payload.getClass()));
        } else {
            return false;
        }
        return true;
    }

    private static void caseStep(TimelineStep step, String caseFileId, String documentId, TimelineAction action,
                                 String office) {
        step.caseFileId = caseFileId;
        documentStep(step, documentId, action, office);
    }

    private static void documentStep(TimelineStep step, String documentId, TimelineAction action, String office) {
        step.documentId = documentId;
        step.action = action.name();
        step.office = office;
    }

    /** A step taken in the document's own office. */
    private void originStep(TimelineStep step, String documentId, TimelineAction action) throws IOException {
        documentStep(step, documentId, action, originOffice(documentId));
    }

    /**
     * A step of one recipient's derivation happens at the office it went to; for a derivation to a
     * person, at the office of whoever acted (none for a deadline), or else at the document's office.
     */
    private void derivationStep(TimelineStep step, String documentId, String derivationId, TimelineAction action,
                                DomainEventMessage<?> event) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> derivation = IndexWrites.current(client)
                .find(indices.derivations(), derivationId, Map.class).orElse(Map.of());
        String office = RecipientKind.OFFICE.name().equals(derivation.get("kind"))
                ? (String) derivation.get("recipient")
                : (String) event.getMetaData().get(OFFICE);
        documentStep(step, documentId, action, office != null ? office : originOffice(documentId));
        if (RecipientKind.PERSON.name().equals(derivation.get("kind"))) {
            step.recipient = (String) derivation.get("recipient");
        }
    }

    private String originOffice(String documentId) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> document = IndexWrites.current(client).find(indices.documents(), documentId, Map.class)
                .orElseThrow(() -> new IllegalStateException("document " + documentId + " is not indexed yet"));
        return (String) document.get("officeCode");
    }
}
