package pe.ceropapel.command.audit;

import static pe.ceropapel.command.Rules.require;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.audit.ConfidentialDocumentReadEvent;
import pe.ceropapel.api.audit.RecordConfidentialReadCommand;

/**
 * Records every read of a confidential document as an event of its own (not of the document, so a
 * read never waits for or conflicts with work on the document); who read it, from which office and
 * address travels in the event's metadata like that of any command.
 */
@Component
class ConfidentialReadLog {

    private final EventGateway events;

    ConfidentialReadLog(EventGateway events) {
        this.events = events;
    }

    @CommandHandler
    void handle(RecordConfidentialReadCommand command) {
        require(command.documentId() != null && command.reader() != null, "a read needs a document and a reader");
        events.publish(new ConfidentialDocumentReadEvent(command.documentId(), command.reader(), command.what()));
    }
}
