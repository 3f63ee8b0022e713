package pe.ceropapel.api.interop;

import pe.ceropapel.api.document.ContentRef;

/** The receiver's cargo arrived for a document we sent. */
public record CargoReceivedEvent(String exchangeId, String documentId, Cargo cargo, ContentRef receipt,
                                 boolean receiptVerified, String receiptSigner) {
}
