package pe.ceropapel.api.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the archived document's signatures were extended to PAdES-LTA, producing {@code extended}. */
public record RecordArchivalExtensionCommand(@TargetAggregateIdentifier String documentId, int basedOnVersion,
                                             ContentRef extended) {
}
