package pe.ceropapel.query.inbox;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import pe.ceropapel.api.derivation.DerivationArchivedEvent;
import pe.ceropapel.api.derivation.DerivationAttendedEvent;
import pe.ceropapel.api.derivation.DerivationOverdueEvent;
import pe.ceropapel.api.derivation.DerivationReceivedEvent;
import pe.ceropapel.api.derivation.DerivationReturnedEvent;
import pe.ceropapel.api.derivation.DerivationState;
import pe.ceropapel.api.derivation.DerivationAction;
import pe.ceropapel.api.derivation.DocumentDerivedEvent;
import pe.ceropapel.api.derivation.RecipientKind;
import pe.ceropapel.api.document.DocumentRejectedEvent;
import pe.ceropapel.api.document.DocumentResubmittedEvent;
import pe.ceropapel.api.document.DocumentSignedEvent;
import pe.ceropapel.api.document.SignatureRole;
import pe.ceropapel.query.readmodel.IndexWrites;
import pe.ceropapel.query.readmodel.ReadModelIndices;
import pe.ceropapel.query.readmodel.ReadModels;

/**
 * Keeps the {@code derivations} index up to date: every recipient's derivation with the document's
 * type, subject and number, its sender, action, due date and state. The inboxes are queries on it.
 */
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class DerivationProjection {

    /** The metadata key under which the command's sender's office is recorded. */
    private static final String OFFICE = "office";

    private final ElasticsearchClient client;
    private final String index;
    private final String documents;

    public DerivationProjection(ElasticsearchClient client, ReadModelIndices indices) {
        this.client = client;
        this.index = indices.derivations();
        this.documents = indices.documents();
    }

    @EventHandler
    void on(DocumentDerivedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp,
            @MetaDataValue(OFFICE) String senderOffice) throws IOException {
        IndexWrites writes = IndexWrites.current(client);
        DerivationEntry entry = about(event.documentId(), document(event.documentId()));
        entry.derivationId = event.derivationId();
        entry.parentDerivationId = event.parentDerivationId();
        entry.by = event.by();
        entry.byOffice = senderOffice;
        entry.kind = event.kind().name();
        entry.recipient = event.recipient();
        entry.action = event.action().name();
        entry.dueDate = event.dueDate() == null ? null : event.dueDate().toString();
        entry.copy = event.copy();
        entry.comment = event.comment();
        entry.state = DerivationState.PENDING.name();
        entry.derivedAt = timestamp.toString();
        entry.updatedAt = entry.derivedAt;
        writes.create(index, event.derivationId(), sequence, entry);
        if (event.parentDerivationId() != null) {
            update(event.parentDerivationId(), sequence, timestamp, parent -> parent.state = DerivationState.DERIVED.name());
        }
    }

    /**
     * An observation goes to its author's "devueltos" as a document the author sent to the signer
     * and got back, with the signer's reason, until the author sends it again.
     */
    @EventHandler
    void on(DocumentRejectedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        Map<String, Object> document = document(event.documentId());
        DerivationEntry entry = about(event.documentId(), document);
        entry.derivationId = observationId(event.documentId());
        entry.by = (String) document.get("author");
        entry.byOffice = (String) document.get("officeCode");
        entry.kind = RecipientKind.PERSON.name();
        entry.recipient = event.signer();
        entry.action = (roleOf(document, event.signer()) == SignatureRole.APPROVAL
                ? DerivationAction.VISTO_BUENO : DerivationAction.FIRMA).name();
        entry.state = DerivationState.RETURNED.name();
        entry.actor = event.signer();
        entry.reason = event.reason();
        entry.observation = true;
        entry.derivedAt = timestamp.toString();
        entry.updatedAt = entry.derivedAt;
        IndexWrites.current(client).create(index, entry.derivationId, sequence, entry);
    }

    @EventHandler
    void on(DocumentResubmittedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        closeObservation(event.documentId(), sequence, timestamp, event.author());
    }

    /** Streams of older versions: a signer signed again right after observing, with no resubmission. */
    @EventHandler
    void on(DocumentSignedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        closeObservation(event.documentId(), sequence, timestamp, event.signer());
    }

    private void closeObservation(String documentId, long sequence, Instant timestamp, String actor)
            throws IOException {
        String id = observationId(documentId);
        boolean open = IndexWrites.current(client).find(index, id, DerivationEntry.class)
                .filter(entry -> DerivationState.RETURNED.name().equals(entry.state)).isPresent();
        if (open) {
            changeState(id, sequence, timestamp, DerivationState.ATTENDED, actor);
        }
    }

    private static String observationId(String documentId) {
        return documentId + "/observacion";
    }

    @SuppressWarnings("unchecked")
    private static SignatureRole roleOf(Map<String, Object> document, String signer) {
        List<Map<String, Object>> signers = (List<Map<String, Object>>) document.getOrDefault("signers", List.of());
        return signers.stream().filter(s -> signer.equals(s.get("username")))
                .map(s -> SignatureRole.valueOf((String) s.get("role"))).findFirst().orElse(SignatureRole.SIGNATURE);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> document(String documentId) throws IOException {
        return IndexWrites.current(client).find(documents, documentId, Map.class)
                .orElseThrow(() -> new IllegalStateException("document " + documentId + " is not indexed yet"));
    }

    /** A new entry with what it shows of the document: id, type, subject and number. */
    private static DerivationEntry about(String documentId, Map<String, Object> document) {
        DerivationEntry entry = new DerivationEntry();
        entry.documentId = documentId;
        entry.documentType = (String) document.get("type");
        entry.subject = (String) document.get("subject");
        entry.number = (String) document.get("number");
        return entry;
    }

    @EventHandler
    void on(DerivationReceivedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        changeState(event.derivationId(), sequence, timestamp, DerivationState.RECEIVED, event.actor());
    }

    @EventHandler
    void on(DerivationAttendedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        changeState(event.derivationId(), sequence, timestamp, DerivationState.ATTENDED, event.actor());
    }

    @EventHandler
    void on(DerivationReturnedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        update(event.derivationId(), sequence, timestamp, entry -> {
            entry.state = DerivationState.RETURNED.name();
            entry.actor = event.actor();
            entry.reason = event.reason();
        });
    }

    @EventHandler
    void on(DerivationArchivedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        changeState(event.derivationId(), sequence, timestamp, DerivationState.ARCHIVED, event.actor());
    }

    @EventHandler
    void on(DerivationOverdueEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp)
            throws IOException {
        update(event.derivationId(), sequence, timestamp, entry -> entry.overdue = true);
    }

    private void changeState(String derivationId, long sequence, Instant timestamp, DerivationState state,
                             String actor) throws IOException {
        update(derivationId, sequence, timestamp, entry -> {
            entry.state = state.name();
            entry.actor = actor;
        });
    }

    private void update(String derivationId, long sequence, Instant timestamp, Consumer<DerivationEntry> change)
            throws IOException {
        IndexWrites.current(client).update(index, derivationId, sequence, DerivationEntry.class, entry -> {
            change.accept(entry);
            entry.updatedAt = timestamp.toString();
            return entry;
        });
    }
}
