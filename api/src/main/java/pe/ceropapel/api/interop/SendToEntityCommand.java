package pe.ceropapel.api.interop;

/**
 * Derives an issued document to another entity: a derivation to the entity and an outgoing exchange
 * with a fresh CUO, delivered by the outbox. Answered with the CUO.
 *
 * @param derivationId       chosen by the caller, so that a retried request sends nothing twice
 * @param parentDerivationId the received derivation the actor derives further, or null for the origin office
 */
public record SendToEntityCommand(String documentId, String derivationId, String parentDerivationId, String actor,
                                  String receiverRuc, String destinationOffice, String addresseeName,
                                  String addresseePosition, String comment) {
}
