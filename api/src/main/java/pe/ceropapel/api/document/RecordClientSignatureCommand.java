package pe.ceropapel.api.document;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pe.ceropapel.api.access.ActorCommand;

/**
 * Records the signature {@code signer} made on their own computer with a signing ticket, once its file
 * was checked: {@code signedContent} is the prepared PDF with that signature (extended with validation
 * data up to the document type's level), received at {@code receivedAt}.
 */
public record RecordClientSignatureCommand(@TargetAggregateIdentifier String documentId, String ticketSha256,
                                           String signer, ContentRef signedContent, Instant receivedAt,
                                           SignerCertificate certificate) implements ActorCommand {

    @Override
    public String actor() {
        return signer;
    }
}
