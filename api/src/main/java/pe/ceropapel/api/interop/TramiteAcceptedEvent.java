package pe.ceropapel.api.interop;

import pe.ceropapel.api.document.ContentRef;

/** A received tramite was registered (state R); {@code cargo} and its signed {@code receipt} go back to the sender. */
public record TramiteAcceptedEvent(String exchangeId, String documentId, String caseFileId, Cargo cargo,
                                   ContentRef receipt) {
}
