package pe.ceropapel.api.document;

/**
 * The official number of a document, such as {@code INFORME N° 000123-2026-INACAL/DM}.
 *
 * @param correlative the position in its numbering series (office, type, year), from 1
 * @param text        the number as printed on the document
 */
public record DocumentNumber(String seriesId, long correlative, int year, String text) {
}
