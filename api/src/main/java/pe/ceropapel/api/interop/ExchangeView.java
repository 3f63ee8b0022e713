package pe.ceropapel.api.interop;

import java.time.Instant;
import pe.ceropapel.api.document.ContentRef;

/**
 * An exchange as both sides follow it.
 *
 * @param state      the state the receiver gave it, null while an outgoing tramite is not delivered
 * @param delivery   where the current message (the tramite, or for incoming ones the cargo) stands
 * @param documentId the document sent, or for incoming ones the document registered on acceptance
 * @param receipt    the cargo's signed receipt (state R)
 */
public record ExchangeView(String exchangeId, ExchangeDirection direction, String cuo, String counterpartRuc,
                           Tramite tramite, ContentRef content, SignatureCheck signatures, String documentId,
                           String caseFileId, ExchangeState state, DeliveryStatus delivery, int attempts,
                           String lastError, Instant nextAttemptAt, Instant openedAt, Cargo cargo,
                           ContentRef receipt, Boolean receiptVerified, String receiptSigner) {
}
