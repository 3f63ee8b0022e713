package pe.ceropapel.api.document;

import pe.ceropapel.api.access.Reader;

/** Asks for one document as {@code reader} may see it; answered with an optional {@link DocumentView}. */
public record FindDocumentQuery(String documentId, Reader reader) {
}
