package pe.ceropapel.api.document;

import pe.ceropapel.api.access.ActorCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The signer whose turn it is sends the document back to its author (observar), with a reason. */
public record RejectDocumentCommand(@TargetAggregateIdentifier String documentId, String signer, String reason) implements ActorCommand {

    /** The signer acts. */
    @Override
    public String actor() {
        return signer;
    }
}
