package pe.ceropapel.api.casefile;

import org.axonframework.serialization.Revision;
import pe.ceropapel.api.document.ContentRef;

/** The entity issued the receipt (cargo) of a case file filed from outside: a PDF signed with its seal. */
@Revision("1")
public record ReceiptIssuedEvent(String caseFileId, ContentRef receipt) {
}
