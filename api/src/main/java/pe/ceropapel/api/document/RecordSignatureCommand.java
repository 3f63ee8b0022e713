package pe.ceropapel.api.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a signature made on content version {@code basedOnVersion}, producing {@code signedContent}. */
public record RecordSignatureCommand(@TargetAggregateIdentifier String documentId, String signer, SignatureRole role,
                                     int basedOnVersion, ContentRef signedContent) {
}
