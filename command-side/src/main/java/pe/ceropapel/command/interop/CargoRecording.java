package pe.ceropapel.command.interop;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.derivation.ReceiveDerivationCommand;
import pe.ceropapel.api.derivation.ReturnDerivationCommand;
import pe.ceropapel.api.interop.ExchangeState;
import pe.ceropapel.api.interop.ExternalActors;
import pe.ceropapel.api.interop.RecordCargoCommand;

/**
 * The receiver's cargo for a document we sent: recorded on the exchange, and the derivation to the
 * entity follows it (received for R, returned with the observation for O), in one unit of work.
 */
@Component
class CargoRecording {

    private final CommandGateway commands;
    private final Repository<Exchange> exchanges;

    CargoRecording(CommandGateway commands, @Qualifier("exchangeRepository") Repository<Exchange> exchanges) {
        this.commands = commands;
        this.exchanges = exchanges;
    }

    @CommandHandler
    Boolean handle(RecordCargoCommand command) {
        Aggregate<Exchange> exchange = exchanges.load(command.exchangeId());
        boolean changed = exchange.invoke(e -> e.recordCargo(command.cargo(), command.receipt(),
                command.receiptVerified(), command.receiptSigner()));
        if (changed) {
            String documentId = exchange.invoke(Exchange::documentId);
            String derivationId = exchange.invoke(Exchange::derivationId);
            String entity = ExternalActors.entity(command.cargo().receiverRuc());
            if (command.cargo().state() == ExchangeState.RECEIVED) {
                commands.sendAndWait(new ReceiveDerivationCommand(documentId, derivationId, entity));
            } else {
                commands.sendAndWait(new ReturnDerivationCommand(documentId, derivationId, entity,
                        command.cargo().observations()));
            }
        }
        return changed;
    }
}
