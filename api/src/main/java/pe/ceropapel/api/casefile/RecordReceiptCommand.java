package pe.ceropapel.api.casefile;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pe.ceropapel.api.document.ContentRef;

/** Records the receipt (cargo), sealed by the entity, given to whoever filed the case file from outside. */
public record RecordReceiptCommand(@TargetAggregateIdentifier String caseFileId, ContentRef receipt) {
}
