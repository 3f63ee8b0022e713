package pe.ceropapel.api.casefile;

import org.axonframework.serialization.Revision;

/** A document was filed in a case file. */
@Revision("1")
public record DocumentAddedToCaseFileEvent(String caseFileId, String documentId) {
}
