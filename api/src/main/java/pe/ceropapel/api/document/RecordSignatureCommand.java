package pe.ceropapel.api.document;

import pe.ceropapel.api.access.ActorCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a signature made on content version {@code basedOnVersion}, producing {@code signedContent}. */
public record RecordSignatureCommand(@TargetAggregateIdentifier String documentId, String signer, SignatureRole role,
                                     int basedOnVersion, ContentRef signedContent) implements ActorCommand {

    /** The signer acts. */
    @Override
    public String actor() {
        return signer;
    }
}
