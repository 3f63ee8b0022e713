package pe.ceropapel.command.document;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static pe.ceropapel.command.Rules.require;

import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.DocumentRegisteredEvent;
import pe.ceropapel.api.document.RegisterDocumentCommand;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.Sha256;

/** An official document of an office: its identity, metadata and content versions. */
@Aggregate
public class Document {

    static final int MAX_SUBJECT_LENGTH = 500;
    private static final Pattern OFFICE_CODE = Pattern.compile("[A-Z0-9]+(/[A-Z0-9]+)*");

    @AggregateIdentifier
    private String documentId;

    protected Document() {
        // required by Axon to rebuild the aggregate from its events
    }

    @CommandHandler
    public Document(RegisterDocumentCommand command) {
        require(command.documentId() != null && !command.documentId().isBlank(), "a document needs an id");
        require(command.type() != null, "a document needs a type");
        require(command.subject() != null && !command.subject().isBlank(), "a document needs a subject");
        require(command.subject().length() <= MAX_SUBJECT_LENGTH,
                "the subject is longer than " + MAX_SUBJECT_LENGTH + " characters");
        require(command.officeCode() != null && OFFICE_CODE.matcher(command.officeCode()).matches(),
                "the office code must look like INACAL/DM");
        require(command.author() != null && !command.author().isBlank(), "a document needs an author");
        requireValidContent(command.content());
        apply(new DocumentRegisteredEvent(command.documentId(), command.type(), command.subject().strip(),
                command.officeCode(), command.author(), command.content()));
    }

    private static void requireValidContent(ContentRef content) {
        require(content != null, "a document needs content");
        require(Sha256.isHex(content.sha256()),
                "the content digest must be a lowercase hexadecimal SHA-256");
        require(ObjectStorage.keyFor(content.sha256()).equals(content.objectKey()),
                "the content must be stored under its digest");
        require(content.size() > 0, "the content is empty");
        require(content.pages() > 0, "the content has no pages");
    }

    @EventSourcingHandler
    void on(DocumentRegisteredEvent event) {
        documentId = event.documentId();
    }
}
