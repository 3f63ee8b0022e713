package pe.ceropapel.api.document;

/**
 * A document type as configured.
 *
 * @param signatureLevel the PAdES level its signatures are made at, such as {@code T} or {@code LTA}
 * @param numbered       whether its final signature takes a number of the office's yearly series
 */
public record DocumentTypeView(DocumentType type, String signatureLevel, boolean numbered) {
}
