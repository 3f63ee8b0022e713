package pe.ceropapel.api.interop;

import pe.ceropapel.api.document.ContentRef;

/** Another entity delivered a tramite; it waits in the mesa de partes (state P). */
public record TramiteReceivedEvent(String exchangeId, Tramite tramite, ContentRef content, String receivingOffice,
                                   SignatureCheck signatures) {
}
