package pe.ceropapel.command.interop;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static pe.ceropapel.command.Rules.require;
import static pe.ceropapel.command.Rules.requireState;

import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.interop.Cargo;
import pe.ceropapel.api.interop.CargoReceivedEvent;
import pe.ceropapel.api.interop.Delivery;
import pe.ceropapel.api.interop.ExchangeDeliveredEvent;
import pe.ceropapel.api.interop.ExchangeDeliveryDueEvent;
import pe.ceropapel.api.interop.ExchangeDeliveryFailedEvent;
import pe.ceropapel.api.interop.ExchangeDirection;
import pe.ceropapel.api.interop.ExchangeState;
import pe.ceropapel.api.interop.ObserveTramiteCommand;
import pe.ceropapel.api.interop.OpenOutgoingExchangeCommand;
import pe.ceropapel.api.interop.OutgoingExchangeOpenedEvent;
import pe.ceropapel.api.interop.ReceiveTramiteCommand;
import pe.ceropapel.api.interop.RecordDeliveryCommand;
import pe.ceropapel.api.interop.RecordDeliveryFailureCommand;
import pe.ceropapel.api.interop.Tramite;
import pe.ceropapel.api.interop.TramiteAcceptedEvent;
import pe.ceropapel.api.interop.TramiteObservedEvent;
import pe.ceropapel.api.interop.TramiteReceivedEvent;
import pe.ceropapel.command.directory.Directory;

/**
 * One document exchanged with another entity, named by its CUO: one we sent (its delivery, then the
 * receiver's cargo) or one we received (pending in the mesa de partes, then accepted or observed,
 * then the cargo's delivery back). Each message goes out through the outbox: an
 * {@link ExchangeDeliveryDueEvent} per attempt, a deadline after each failure.
 */
@Aggregate
public class Exchange {

    static final String RETRY_DEADLINE = "exchange-delivery-retry";
    static final int MAX_REASON_LENGTH = 1000;

    @AggregateIdentifier
    private String exchangeId;
    private ExchangeDirection direction;
    private Tramite tramite;
    private ContentRef content;
    private String documentId;
    private String derivationId;
    private String receivingOffice;
    private ExchangeState state;
    private Delivery pending;
    private int attempt;
    private boolean attemptUnderway;

    protected Exchange() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Exchange(OpenOutgoingExchangeCommand command) {
        apply(new OutgoingExchangeOpenedEvent(command.exchangeId(), command.documentId(), command.derivationId(),
                command.tramite(), command.content(), command.actor()));
        apply(new ExchangeDeliveryDueEvent(command.exchangeId(), 1, Delivery.of(command.tramite(), command.content())));
    }

    /**
     * The first delivery of a CUO opens the exchange; a later one (the sender retrying after a lost
     * answer) changes nothing and gets the same answer, unless it carries another document.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    ExchangeState handle(ReceiveTramiteCommand command) {
        if (direction != null) {
            requireState(direction == ExchangeDirection.INCOMING && tramite.equals(command.tramite())
                            && content.sha256().equals(command.content().sha256()),
                    "the CUO %s was already received with another content", command.tramite().cuo());
            return state;
        }
        apply(new TramiteReceivedEvent(command.exchangeId(), command.tramite(), command.content(),
                command.receivingOffice(), command.signatures()));
        return ExchangeState.PENDING;
    }

    /** The tramite waiting in the mesa de partes, which {@code clerk} may accept. */
    PendingTramite pendingFor(String clerk, Directory directory) {
        requirePendingIncoming();
        requireClerk(clerk, directory);
        return new PendingTramite(tramite, content, receivingOffice);
    }

    /** What a clerk accepts: the tramite, its stored PDF, and the office that received it. */
    record PendingTramite(Tramite tramite, ContentRef content, String receivingOffice) {
    }

    void accept(String registeredDocumentId, String caseFileId, Cargo cargo, ContentRef receipt) {
        requirePendingIncoming();
        apply(new TramiteAcceptedEvent(exchangeId, registeredDocumentId, caseFileId, cargo, receipt));
        apply(new ExchangeDeliveryDueEvent(exchangeId, 1, Delivery.of(cargo, receipt)));
    }

    @CommandHandler
    void handle(ObserveTramiteCommand command, Directory directory) {
        requirePendingIncoming();
        requireClerk(command.clerk(), directory);
        require(command.reason() != null && !command.reason().isBlank(), "a reason is needed");
        require(command.reason().length() <= MAX_REASON_LENGTH, "the reason is longer than %s characters",
                MAX_REASON_LENGTH);
        Cargo cargo = new Cargo(tramite.cuo(), tramite.senderRuc(), tramite.receiverRuc(), null, null, null,
                receivingOffice, command.clerk(), command.reason().strip(), ExchangeState.OBSERVED, null);
        apply(new TramiteObservedEvent(exchangeId, cargo));
        apply(new ExchangeDeliveryDueEvent(exchangeId, 1, Delivery.of(cargo, null)));
    }

    /**
     * Records the receiver's cargo for a document we sent; false when this cargo was recorded before
     * (the receiver retried), and then nothing changes.
     */
    boolean recordCargo(Cargo cargo, ContentRef receipt, boolean receiptVerified, String receiptSigner) {
        requireState(direction == ExchangeDirection.OUTGOING, "the exchange %s was not sent by us", tramite.cuo());
        require(Objects.equals(cargo.receiverRuc(), tramite.receiverRuc()),
                "the cargo for %s comes from another entity", tramite.cuo());
        require(cargo.state() == ExchangeState.RECEIVED || cargo.state() == ExchangeState.OBSERVED,
                "a cargo says R or O");
        if (cargo.state() == state) {
            return false;
        }
        requireState(state == null || state == ExchangeState.PENDING, "the exchange %s was already answered",
                tramite.cuo());
        apply(new CargoReceivedEvent(exchangeId, documentId, cargo, receipt, receiptVerified, receiptSigner));
        return true;
    }

    String documentId() {
        return documentId;
    }

    String derivationId() {
        return derivationId;
    }

    @CommandHandler
    void handle(RecordDeliveryCommand command) {
        if (isUnderway(command.attempt())) {
            apply(new ExchangeDeliveredEvent(exchangeId, attempt, pending.kind(), command.answer()));
        }
    }

    @CommandHandler
    void handle(RecordDeliveryFailureCommand command, DeadlineManager deadlines) {
        if (isUnderway(command.attempt())) {
            apply(new ExchangeDeliveryFailedEvent(exchangeId, attempt, pending.kind(), command.reason(),
                    command.retryAt()));
            if (command.retryAt() != null) {
                deadlines.schedule(command.retryAt(), RETRY_DEADLINE, command.attempt());
            }
        }
    }

    @DeadlineHandler(deadlineName = RETRY_DEADLINE)
    void onRetryDue(Integer failedAttempt) {
        if (pending != null && !attemptUnderway && failedAttempt == attempt) {
            apply(new ExchangeDeliveryDueEvent(exchangeId, attempt + 1, pending));
        }
    }

    /** An outcome reported twice, or for an attempt that was superseded, changes nothing. */
    private boolean isUnderway(int reported) {
        return pending != null && attemptUnderway && reported == attempt;
    }

    private void requirePendingIncoming() {
        requireState(direction == ExchangeDirection.INCOMING && state == ExchangeState.PENDING,
                "the tramite was already accepted or observed");
    }

    private void requireClerk(String clerk, Directory directory) {
        require(directory.person(clerk).filter(p -> p.active() && receivingOffice.equals(p.officeCode())).isPresent(),
                "only a person of %s can accept or observe what other entities send", receivingOffice);
    }

    @EventSourcingHandler
    void on(OutgoingExchangeOpenedEvent event) {
        exchangeId = event.exchangeId();
        direction = ExchangeDirection.OUTGOING;
        tramite = event.tramite();
        content = event.content();
        documentId = event.documentId();
        derivationId = event.derivationId();
    }

    @EventSourcingHandler
    void on(TramiteReceivedEvent event) {
        exchangeId = event.exchangeId();
        direction = ExchangeDirection.INCOMING;
        tramite = event.tramite();
        content = event.content();
        receivingOffice = event.receivingOffice();
        state = ExchangeState.PENDING;
    }

    @EventSourcingHandler
    void on(TramiteAcceptedEvent event) {
        state = ExchangeState.RECEIVED;
        documentId = event.documentId();
    }

    @EventSourcingHandler
    void on(TramiteObservedEvent event) {
        state = ExchangeState.OBSERVED;
    }

    @EventSourcingHandler
    void on(CargoReceivedEvent event) {
        state = event.cargo().state();
        pending = null;
    }

    @EventSourcingHandler
    void on(ExchangeDeliveryDueEvent event) {
        attempt = event.attempt();
        pending = event.delivery();
        attemptUnderway = true;
    }

    @EventSourcingHandler
    void on(ExchangeDeliveredEvent event) {
        pending = null;
        attemptUnderway = false;
        if (event.kind() == Delivery.Kind.TRAMITE && state == null) {
            state = event.answer();
        }
    }

    @EventSourcingHandler
    void on(ExchangeDeliveryFailedEvent event) {
        attemptUnderway = false;
        if (event.retryAt() == null) {
            pending = null;
        }
    }
}
