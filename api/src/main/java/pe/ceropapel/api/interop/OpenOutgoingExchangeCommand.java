package pe.ceropapel.api.interop;

import pe.ceropapel.api.document.ContentRef;

/** Opens the exchange that delivers a derivation to another entity (sent by the sending workflow). */
public record OpenOutgoingExchangeCommand(String exchangeId, String documentId, String derivationId, Tramite tramite,
                                          ContentRef content, String actor) {
}
