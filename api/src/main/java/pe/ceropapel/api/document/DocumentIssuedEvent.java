package pe.ceropapel.api.document;

import org.axonframework.serialization.Revision;

/** The last planned signature is in place: the document is issued (emitido). */
@Revision("1")
public record DocumentIssuedEvent(String documentId, DocumentNumber number) {
}
