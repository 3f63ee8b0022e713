package pe.ceropapel.api.document;

/** Lists the document types with how they are signed; answered with a list of {@link DocumentTypeView}. */
public record FindDocumentTypesQuery() {
}
