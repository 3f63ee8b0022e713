package pe.ceropapel.api.interop;

import pe.ceropapel.api.document.ContentRef;

/**
 * The receiver of a document we sent answered with its cargo; its receipt is stored and was checked:
 * {@code receiptVerified} when it is intact and signed with the receiver's registered seal. Answered
 * with true when it changed the exchange, false when the same cargo had been recorded before.
 */
public record RecordCargoCommand(String exchangeId, Cargo cargo, ContentRef receipt, boolean receiptVerified,
                                 String receiptSigner) {
}
