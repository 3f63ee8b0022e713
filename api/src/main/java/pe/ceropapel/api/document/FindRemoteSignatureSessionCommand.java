package pe.ceropapel.api.document;

import pe.ceropapel.api.access.ActorCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks for an open remote signature session of this signer, still based on the current version;
 * answered with its {@link RemoteSignatureStartedEvent}, changes nothing.
 */
public record FindRemoteSignatureSessionCommand(@TargetAggregateIdentifier String documentId, String sessionId,
                                                String signer) implements ActorCommand {

    /** The signer acts. */
    @Override
    public String actor() {
        return signer;
    }
}
