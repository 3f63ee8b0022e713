package pe.ceropapel.command.interop;

import java.time.Clock;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.interop.ExchangeAnswer;
import pe.ceropapel.api.interop.ExchangeDeliveryDueEvent;
import pe.ceropapel.api.interop.PartnerEntity;
import pe.ceropapel.api.interop.RecordDeliveryCommand;
import pe.ceropapel.api.interop.RecordDeliveryFailureCommand;
import pe.ceropapel.command.directory.Directory;

/**
 * The outbox: a tracking processor of its own makes every delivery attempt that an exchange asks
 * for, outside any request, and records the outcome on the exchange, which schedules the next
 * attempt after a failure (waits doubling up to a limit) until the partner takes delivery or
 * refuses. The receiver deduplicates by CUO, so an attempt whose answer was lost does no harm.
 */
@Component
@ProcessingGroup(ExchangeOutbox.PROCESSING_GROUP)
class ExchangeOutbox {

    static final String PROCESSING_GROUP = "interop-outbox";
    private static final Logger log = LoggerFactory.getLogger(ExchangeOutbox.class);

    private final PeerTransport transport;
    private final Directory directory;
    private final CommandGateway commands;
    private final InteropSettings settings;
    private final Clock clock;

    ExchangeOutbox(PeerTransport transport, Directory directory, CommandGateway commands, InteropSettings settings,
                   Clock clock) {
        this.transport = transport;
        this.directory = directory;
        this.commands = commands;
        this.settings = settings;
        this.clock = clock;
    }

    @EventHandler
    @DisallowReplay
    void on(ExchangeDeliveryDueEvent event) {
        String recipient = event.delivery().recipientRuc();
        Optional<PartnerEntity> partner = directory.partner(recipient).filter(PartnerEntity::active);
        if (partner.isEmpty()) {
            refused(event, recipient + " is not an active partner entity");
            return;
        }
        try {
            ExchangeAnswer answer = transport.deliver(partner.get(), event.delivery());
            log.info("Delivered the {} of exchange {} to {} (attempt {}): {}", event.delivery().kind(),
                    event.exchangeId(), recipient, event.attempt(), answer.state());
            commands.sendAndWait(new RecordDeliveryCommand(event.exchangeId(), event.attempt(), answer.state()));
        } catch (PeerTransport.PeerRefusedException e) {
            refused(event, e.getMessage());
        } catch (PeerTransport.PeerUnavailableException e) {
            var retryAt = clock.instant().plus(settings.waitAfter(event.attempt()));
            log.warn("Attempt {} to deliver exchange {} to {} failed ({}); next at {}", event.attempt(),
                    event.exchangeId(), recipient, e.getMessage(), retryAt);
            commands.sendAndWait(new RecordDeliveryFailureCommand(event.exchangeId(), event.attempt(), e.getMessage(),
                    retryAt));
        }
    }

    private void refused(ExchangeDeliveryDueEvent event, String reason) {
        log.warn("Exchange {} was not delivered and will not be retried: {}", event.exchangeId(), reason);
        commands.sendAndWait(new RecordDeliveryFailureCommand(event.exchangeId(), event.attempt(), reason, null));
    }
}
