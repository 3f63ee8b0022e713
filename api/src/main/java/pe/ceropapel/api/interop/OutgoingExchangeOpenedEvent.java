package pe.ceropapel.api.interop;

import pe.ceropapel.api.document.ContentRef;

/** We opened an exchange: {@code tramite} with the PDF {@code content} is to be delivered to its receiver. */
public record OutgoingExchangeOpenedEvent(String exchangeId, String documentId, String derivationId, Tramite tramite,
                                          ContentRef content, String actor) {
}
