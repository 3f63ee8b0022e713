package pe.ceropapel.frontend.access;

import java.security.Principal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.audit.RecordConfidentialReadCommand;
import pe.ceropapel.api.document.DocumentView;

/** Every read of a confidential document, by API or page, is recorded in the event store. */
@Component
public class ConfidentialReads {

    private final CommandGateway commands;

    ConfidentialReads(CommandGateway commands) {
        this.commands = commands;
    }

    /** @param what {@code metadata} or {@code content} */
    public DocumentView record(DocumentView document, Principal reader, String what) {
        if (document.confidential()) {
            commands.sendAndWait(new RecordConfidentialReadCommand(document.documentId(), reader.getName(), what));
        }
        return document;
    }
}
