package pe.ceropapel.api.document;

import pe.ceropapel.api.access.ActorCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Asks whether it is this signer's turn; answered with a {@link SignatureTurn}, changes nothing. */
public record PrepareSignatureCommand(@TargetAggregateIdentifier String documentId, String signer) implements ActorCommand {

    /** The signer acts. */
    @Override
    public String actor() {
        return signer;
    }
}
