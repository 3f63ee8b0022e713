package pe.ceropapel.command.interop;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.casefile.Applicant;
import pe.ceropapel.api.casefile.CaseOrigin;
import pe.ceropapel.api.casefile.FileDocumentCommand;
import pe.ceropapel.api.casefile.FiledDocument;
import pe.ceropapel.api.casefile.IdentityDocumentType;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.api.interop.AcceptTramiteCommand;
import pe.ceropapel.api.interop.Cargo;
import pe.ceropapel.api.interop.ExchangeState;
import pe.ceropapel.api.interop.ExternalActors;
import pe.ceropapel.api.interop.Tramite;
import pe.ceropapel.command.directory.Directory;

/**
 * A clerk accepts a tramite another entity sent: it is registered as a document from outside in a
 * new case file (the case file's tracking code is the registration number, and its receipt, signed
 * with the entity's seal, is the cargo's receipt), and the cargo goes back to the sender. One unit
 * of work: registered and answered, or nothing.
 */
@Component
class ExchangeReception {

    private final CommandGateway commands;
    private final Directory directory;
    private final Repository<Exchange> exchanges;
    private final Clock clock;

    ExchangeReception(CommandGateway commands, Directory directory,
                      @Qualifier("exchangeRepository") Repository<Exchange> exchanges, Clock clock) {
        this.commands = commands;
        this.directory = directory;
        this.exchanges = exchanges;
        this.clock = clock;
    }

    @CommandHandler
    String handle(AcceptTramiteCommand command) {
        Aggregate<Exchange> exchange = exchanges.load(command.exchangeId());
        Exchange.PendingTramite pending = exchange.invoke(e -> e.pendingFor(command.clerk(), directory));
        Tramite tramite = pending.tramite();
        FiledDocument filed = commands.sendAndWait(new FileDocumentCommand(UUID.randomUUID().toString(),
                documentType(tramite.documentType()), tramite.subject(), pending.receivingOffice(),
                ExternalActors.entity(tramite.senderRuc()), pending.content(), null, CaseOrigin.AGENCY,
                new Applicant(IdentityDocumentType.RUC, tramite.senderRuc(), tramite.senderName(), null), false,
                List.of()));
        Cargo cargo = new Cargo(tramite.cuo(), tramite.senderRuc(), tramite.receiverRuc(), filed.trackingCode(),
                Integer.valueOf(filed.trackingCode().substring(0, 4)), clock.instant(), pending.receivingOffice(),
                command.clerk(), null, ExchangeState.RECEIVED, filed.receipt().sha256());
        exchange.execute(e -> e.accept(filed.documentId(), filed.caseFileId(), cargo, filed.receipt()));
        return filed.trackingCode();
    }

    /** Our type of the same name, or an oficio (what entities send each other) for a code we do not know. */
    private static DocumentType documentType(String code) {
        for (DocumentType type : DocumentType.values()) {
            if (type.name().equalsIgnoreCase(code)) {
                return type;
            }
        }
        return DocumentType.OFICIO;
    }
}
