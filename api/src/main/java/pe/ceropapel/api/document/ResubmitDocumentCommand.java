package pe.ceropapel.api.document;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The author sends an observed document to its signers again, from the first: with a new PDF, or
 * with the version the author last gave (the signatures made before the observation are dropped).
 *
 * @param content the new version's stored PDF, or null to keep the author's last version
 */
public record ResubmitDocumentCommand(@TargetAggregateIdentifier String documentId, String actor,
                                      ContentRef content) {
}
