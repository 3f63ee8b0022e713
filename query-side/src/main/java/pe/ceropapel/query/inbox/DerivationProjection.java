package pe.ceropapel.query.inbox;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Instant;
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
import pe.ceropapel.api.derivation.DocumentDerivedEvent;
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
        @SuppressWarnings("unchecked")
        Map<String, Object> document = writes.find(documents, event.documentId(), Map.class)
                .orElseThrow(() -> new IllegalStateException("document " + event.documentId() + " is not indexed yet"));
        DerivationEntry entry = new DerivationEntry();
        entry.derivationId = event.derivationId();
        entry.documentId = event.documentId();
        entry.parentDerivationId = event.parentDerivationId();
        entry.documentType = (String) document.get("type");
        entry.subject = (String) document.get("subject");
        entry.number = (String) document.get("number");
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
        changeState(event.derivationId(), sequence, timestamp, DerivationState.RETURNED, event.actor());
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
