package pe.ceropapel.api.numbering;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pe.ceropapel.api.document.DocumentType;

/**
 * Takes the next correlative of a numbering series for a document; answered with the correlative.
 * Asking again for the same document answers the number it already got.
 */
public record TakeNextNumberCommand(@TargetAggregateIdentifier String seriesId, String officeCode, DocumentType type,
                                    int year, String documentId) {

    /** The series of an office, document type and year: one numbering sequence per triple. */
    public static String seriesId(String officeCode, DocumentType type, int year) {
        return officeCode + "|" + type + "|" + year;
    }
}
