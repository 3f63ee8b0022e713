package pe.ceropapel.query.interop;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import pe.ceropapel.api.interop.CargoReceivedEvent;
import pe.ceropapel.api.interop.Delivery;
import pe.ceropapel.api.interop.DeliveryStatus;
import pe.ceropapel.api.interop.ExchangeDeliveredEvent;
import pe.ceropapel.api.interop.ExchangeDeliveryDueEvent;
import pe.ceropapel.api.interop.ExchangeDeliveryFailedEvent;
import pe.ceropapel.api.interop.ExchangeDirection;
import pe.ceropapel.api.interop.ExchangeState;
import pe.ceropapel.api.interop.OutgoingExchangeOpenedEvent;
import pe.ceropapel.api.interop.TramiteAcceptedEvent;
import pe.ceropapel.api.interop.TramiteObservedEvent;
import pe.ceropapel.api.interop.TramiteReceivedEvent;
import pe.ceropapel.query.readmodel.IndexWrites;
import pe.ceropapel.query.readmodel.ReadModelIndices;
import pe.ceropapel.query.readmodel.ReadModels;

/** Keeps the {@code exchanges} index up to date: both sides of every exchange with another entity. */
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class ExchangeProjection {

    private final ElasticsearchClient client;
    private final String index;

    public ExchangeProjection(ElasticsearchClient client, ReadModelIndices indices) {
        this.client = client;
        this.index = indices.exchanges();
    }

    @EventHandler
    void on(OutgoingExchangeOpenedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        ExchangeEntry entry = opened(event.exchangeId(), ExchangeDirection.OUTGOING, event.tramite().cuo(),
                event.tramite().receiverRuc(), timestamp);
        entry.tramite = ExchangeEntry.object(event.tramite());
        entry.content = event.content();
        entry.documentId = event.documentId();
        IndexWrites.current(client).create(index, event.exchangeId(), sequence, entry);
    }

    @EventHandler
    void on(TramiteReceivedEvent event, @SequenceNumber long sequence, @Timestamp Instant timestamp) {
        ExchangeEntry entry = opened(event.exchangeId(), ExchangeDirection.INCOMING, event.tramite().cuo(),
                event.tramite().senderRuc(), timestamp);
        entry.tramite = ExchangeEntry.object(event.tramite());
        entry.content = event.content();
        entry.signatures = ExchangeEntry.object(event.signatures());
        entry.state = ExchangeState.PENDING.name();
        IndexWrites.current(client).create(index, event.exchangeId(), sequence, entry);
    }

    @EventHandler
    void on(ExchangeDeliveryDueEvent event, @SequenceNumber long sequence) throws IOException {
        update(event.exchangeId(), sequence, entry -> {
            entry.attempts = event.attempt();
            entry.delivery = (event.attempt() == 1 ? DeliveryStatus.QUEUED : DeliveryStatus.RETRYING).name();
            entry.nextAttemptAt = null;
            return entry;
        });
    }

    @EventHandler
    void on(ExchangeDeliveredEvent event, @SequenceNumber long sequence) throws IOException {
        update(event.exchangeId(), sequence, entry -> {
            entry.delivery = DeliveryStatus.DELIVERED.name();
            entry.lastError = null;
            if (event.kind() == Delivery.Kind.TRAMITE && entry.state == null && event.answer() != null) {
                entry.state = event.answer().name();
            }
            return entry;
        });
    }

    @EventHandler
    void on(ExchangeDeliveryFailedEvent event, @SequenceNumber long sequence) throws IOException {
        update(event.exchangeId(), sequence, entry -> {
            entry.lastError = event.reason();
            entry.delivery = (event.retryAt() == null ? DeliveryStatus.REFUSED : DeliveryStatus.RETRYING).name();
            entry.nextAttemptAt = event.retryAt() == null ? null : event.retryAt().toString();
            return entry;
        });
    }

    @EventHandler
    void on(TramiteAcceptedEvent event, @SequenceNumber long sequence) throws IOException {
        update(event.exchangeId(), sequence, entry -> {
            entry.state = ExchangeState.RECEIVED.name();
            entry.documentId = event.documentId();
            entry.caseFileId = event.caseFileId();
            entry.cargo = ExchangeEntry.object(event.cargo());
            entry.receipt = event.receipt();
            return entry;
        });
    }

    @EventHandler
    void on(TramiteObservedEvent event, @SequenceNumber long sequence) throws IOException {
        update(event.exchangeId(), sequence, entry -> {
            entry.state = ExchangeState.OBSERVED.name();
            entry.cargo = ExchangeEntry.object(event.cargo());
            return entry;
        });
    }

    @EventHandler
    void on(CargoReceivedEvent event, @SequenceNumber long sequence) throws IOException {
        update(event.exchangeId(), sequence, entry -> {
            entry.state = event.cargo().state().name();
            entry.cargo = ExchangeEntry.object(event.cargo());
            entry.receipt = event.receipt();
            entry.receiptVerified = event.receiptVerified();
            entry.receiptSigner = event.receiptSigner();
            entry.delivery = DeliveryStatus.DELIVERED.name();
            entry.nextAttemptAt = null;
            return entry;
        });
    }

    private static ExchangeEntry opened(String exchangeId, ExchangeDirection direction, String cuo, String counterpart,
                                        Instant timestamp) {
        ExchangeEntry entry = new ExchangeEntry();
        entry.exchangeId = exchangeId;
        entry.direction = direction.name();
        entry.cuo = cuo;
        entry.counterpartRuc = counterpart;
        entry.openedAt = timestamp.toString();
        return entry;
    }

    private void update(String exchangeId, long sequence, UnaryOperator<ExchangeEntry> change) throws IOException {
        IndexWrites.current(client).update(index, exchangeId, sequence, ExchangeEntry.class, change);
    }
}
