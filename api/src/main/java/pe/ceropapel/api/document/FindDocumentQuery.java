package pe.ceropapel.api.document;

/** Asks for the read model of one document; answered with an optional {@link DocumentView}. */
public record FindDocumentQuery(String documentId) {
}
