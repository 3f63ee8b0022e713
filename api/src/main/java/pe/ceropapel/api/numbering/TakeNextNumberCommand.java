package pe.ceropapel.api.numbering;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import pe.ceropapel.api.document.DocumentType;

/**
 * Takes the next correlative of a numbering series for a holder (a document, a case file);
 * answered with the correlative. Asking again for the same holder answers the number it already got.
 */
public record TakeNextNumberCommand(@TargetAggregateIdentifier String seriesId, String holderId) {

    /** The series of an office, document type and year: one sequence of document numbers per triple. */
    public static String documentSeries(String officeCode, DocumentType type, int year) {
        return "DOC|" + officeCode + "|" + type + "|" + year;
    }

    /** The series of the case files (expedientes) opened in a year. */
    public static String caseFileSeries(int year) {
        return "CASE|" + year;
    }

    /** The series of the unique operation codes (CUO) of the exchanges we open in a year. */
    public static String cuoSeries(int year) {
        return "CUO|" + year;
    }
}
