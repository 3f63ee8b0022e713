package pe.ceropapel.api.document;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pe.ceropapel.api.access.ActorCommand;

/**
 * Records that {@code signer} was given a one-use signing ticket for the prepared PDF, to be signed on
 * their own computer (see {@link ClientSignatureStartedEvent}). Only the ticket's SHA-256 is recorded.
 */
public record RecordClientSignatureStartCommand(@TargetAggregateIdentifier String documentId, String ticketSha256,
                                                String signer, int basedOnVersion, ContentRef prepared,
                                                Instant expiresAt) implements ActorCommand {

    @Override
    public String actor() {
        return signer;
    }
}
