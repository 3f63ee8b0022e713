package pe.ceropapel.api.document;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person types to name a document rather than describe it: its number, whole or in part
 * ("MEMORANDO N° 000004-2026-INACAL/DM", "000004-2026", "000004"), or its case file's tracking code
 * ("2026-0000169", with or without the dash). Tolerant of blanks around dashes, of "N°", "Nº", "No."
 * and of leading zeros left out.
 */
public final class DocumentReference {

    private static final Pattern CASE_CODE = Pattern.compile("(\\d{4})\\s*-?\\s*(\\d{7})");
    /** [type words] [N°] correlative [-year [-office]] */
    private static final Pattern NUMBER = Pattern.compile(
            "(?:([\\p{L} ]*?)\\s*\\bN\\s*(?:°|º|o\\.?|\\.)\\s*)?(\\d{1,6})(?:\\s*-\\s*(\\d{4})(?:\\s*-\\s*(\\S+))?)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MIN_BARE_DIGITS = 3;

    private DocumentReference() {
    }

    /** The tracking code {@code text} names, in its canonical form {@code 2026-0000169}. */
    public static Optional<String> caseCode(String text) {
        Matcher matcher = CASE_CODE.matcher(text == null ? "" : text.strip());
        return matcher.matches() ? Optional.of(matcher.group(1) + "-" + matcher.group(2)) : Optional.empty();
    }

    /**
     * A case-insensitive wildcard over the {@code number} field for the number {@code text} names;
     * empty when the text does not look like a number (a bare correlative needs three digits at least).
     */
    public static Optional<String> numberPattern(String text) {
        Matcher matcher = NUMBER.matcher(text == null ? "" : text.strip());
        if (!matcher.matches() || caseCode(text).isPresent()) {
            return Optional.empty();
        }
        String type = matcher.group(1) == null ? "" : matcher.group(1).strip();
        String correlative = matcher.group(2);
        String year = matcher.group(3);
        String office = matcher.group(4);
        boolean marked = matcher.group(1) != null;
        if (!marked && year == null && correlative.length() < MIN_BARE_DIGITS) {
            return Optional.empty();
        }
        StringBuilder pattern = new StringBuilder();
        pattern.append(type.isEmpty() ? "*" : escape(type.toUpperCase(Locale.ROOT)) + " N° ");
        pattern.append("%06d".formatted(Integer.parseInt(correlative))).append('-');
        pattern.append(year == null ? "*" : escape(year) + (office == null ? "*" : "-" + escape(office)));
        return Optional.of(pattern.toString());
    }

    private static String escape(String text) {
        return text.replaceAll("([*?\\\\])", "\\\\$1");
    }
}
