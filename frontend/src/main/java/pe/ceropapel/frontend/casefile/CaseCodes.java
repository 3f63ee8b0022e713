package pe.ceropapel.frontend.casefile;

import java.util.Locale;

/**
 * The codes a citizen types as they type them: a tracking code with or without its dash (and with
 * stray spaces), an access key in any case. Both are brought to the form they were issued in.
 */
public final class CaseCodes {

    private static final int TRACKING_DIGITS = 11;
    private static final int YEAR_DIGITS = 4;

    private CaseCodes() {
    }

    /** "20260000169", "2026 0000169" and "2026-0000169" are all {@code 2026-0000169}. */
    public static String trackingCode(String typed) {
        String digits = typed.replaceAll("[\\s-]", "");
        if (digits.length() == TRACKING_DIGITS && digits.chars().allMatch(Character::isDigit)) {
            return digits.substring(0, YEAR_DIGITS) + "-" + digits.substring(YEAR_DIGITS);
        }
        return typed.strip();
    }

    /** Access keys are issued in capitals, without spaces or dashes: "abcd efgh23" is {@code ABCDEFGH23}. */
    public static String accessKey(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
