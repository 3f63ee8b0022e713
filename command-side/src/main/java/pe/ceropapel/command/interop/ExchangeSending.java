package pe.ceropapel.command.interop;

import static pe.ceropapel.command.Rules.require;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.derivation.DerivationAction;
import pe.ceropapel.api.derivation.DerivationTarget;
import pe.ceropapel.api.derivation.DeriveDocumentCommand;
import pe.ceropapel.api.derivation.RecipientKind;
import pe.ceropapel.api.interop.ExchangeIds;
import pe.ceropapel.api.interop.OpenOutgoingExchangeCommand;
import pe.ceropapel.api.interop.SendToEntityCommand;
import pe.ceropapel.api.interop.Tramite;
import pe.ceropapel.api.numbering.TakeNextNumberCommand;
import pe.ceropapel.command.directory.Directory;
import pe.ceropapel.command.document.Document;

/**
 * Sends an issued document to another entity: derives it to the entity (the document's rules decide
 * who may), takes the next CUO of the year and opens the exchange that the outbox delivers. The steps
 * run in this command's unit of work: all of them are stored, or none.
 */
@Component
class ExchangeSending {

    static final int MAX_FIELD_LENGTH = 200;
    private static final ZoneId LIMA = ZoneId.of("America/Lima");

    private final CommandGateway commands;
    private final Directory directory;
    private final Repository<Document> documents;
    private final InteropSettings settings;
    private final Clock clock;

    ExchangeSending(CommandGateway commands, Directory directory,
                    @Qualifier("documentRepository") Repository<Document> documents, InteropSettings settings,
                    Clock clock) {
        this.commands = commands;
        this.directory = directory;
        this.documents = documents;
        this.settings = settings;
        this.clock = clock;
    }

    @CommandHandler
    String handle(SendToEntityCommand command) {
        require(Stream.of(command.destinationOffice(), command.addresseeName(), command.addresseePosition())
                        .allMatch(text -> text != null && !text.isBlank() && text.length() <= MAX_FIELD_LENGTH),
                "the destination office, the addressee and their position are needed, each of at most %s characters",
                MAX_FIELD_LENGTH);
        commands.sendAndWait(new DeriveDocumentCommand(command.documentId(), command.actor(),
                command.parentDerivationId(), List.of(new DerivationTarget(command.derivationId(), RecipientKind.ENTITY,
                command.receiverRuc(), DerivationAction.ATENDER, null, false)), command.comment()));
        Document.SentDocument document = documents.load(command.documentId()).invoke(Document::toSend);
        Directory.PersonEntry sender = directory.person(command.actor()).orElseThrow();
        String senderOffice = directory.office(sender.officeCode()).map(Directory.OfficeEntry::name)
                .orElse(sender.officeCode());
        int year = Year.now(clock).getValue();
        long correlative = commands.sendAndWait(new TakeNextNumberCommand(TakeNextNumberCommand.cuoSeries(year),
                command.derivationId()));
        String cuo = "%02d%08d".formatted(year % 100, correlative);
        LocalDate documentDate = LocalDate.ofInstant(document.issuedAt() == null ? clock.instant() : document.issuedAt(),
                LIMA);
        Tramite tramite = new Tramite(settings.entityRuc(), settings.entityName(), senderOffice, "DNI", sender.dni(),
                command.receiverRuc(), cuo, null, document.type().name(), document.number(), documentDate,
                command.destinationOffice().strip(), command.addresseeName().strip(),
                command.addresseePosition().strip(), document.subject(), document.attachmentNames().size(),
                document.content().pages(), fileName(document), document.content().sha256(),
                document.attachmentNames(), null);
        commands.sendAndWait(new OpenOutgoingExchangeCommand(ExchangeIds.outgoing(cuo), command.documentId(),
                command.derivationId(), tramite, document.content(), command.actor()));
        return cuo;
    }

    private static String fileName(Document.SentDocument document) {
        String name = document.number() != null ? document.number() : document.type().name();
        return name.replaceAll("[^A-Za-z0-9._-]+", "-") + ".pdf";
    }
}
