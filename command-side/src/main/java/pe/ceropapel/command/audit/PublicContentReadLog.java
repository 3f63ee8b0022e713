package pe.ceropapel.command.audit;

import static pe.ceropapel.command.Rules.require;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.audit.PublicContentReadEvent;
import pe.ceropapel.api.audit.RecordPublicContentReadCommand;

/**
 * Records every download of a signed PDF by its verification code, without login, as an event of
 * its own (not of the document, so a read never waits for or conflicts with work on it); the
 * reader's network address travels in the event's metadata like that of any command.
 */
@Component
class PublicContentReadLog {

    private final EventGateway events;

    PublicContentReadLog(EventGateway events) {
        this.events = events;
    }

    @CommandHandler
    void handle(RecordPublicContentReadCommand command) {
        require(command.documentId() != null && command.verificationCode() != null,
                "a public read needs a document and its verification code");
        events.publish(new PublicContentReadEvent(command.documentId(), command.verificationCode(), command.sha256()));
    }
}
