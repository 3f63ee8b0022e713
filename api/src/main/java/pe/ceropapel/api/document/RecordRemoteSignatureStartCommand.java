package pe.ceropapel.api.document;

import pe.ceropapel.api.access.ActorCommand;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a prepared remote signature session (see {@link RemoteSignatureStartedEvent}). */
public record RecordRemoteSignatureStartCommand(@TargetAggregateIdentifier String documentId, String sessionId,
                                                String signer, int basedOnVersion, ContentRef prepared,
                                                Instant signingTime, List<String> certificateChain) implements ActorCommand {

    /** The signer acts. */
    @Override
    public String actor() {
        return signer;
    }
}
