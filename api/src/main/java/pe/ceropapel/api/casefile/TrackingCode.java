package pe.ceropapel.api.casefile;

import java.util.regex.Pattern;

/**
 * The public tracking code of a case file, such as {@code 2026-0004217}: the year, a six-digit
 * correlative and a Luhn check digit over both, so that a mistyped code is recognised as such.
 */
public final class TrackingCode {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{6})(\\d)");
    private static final int MAX_CORRELATIVE = 999_999;

    private TrackingCode() {
    }

    public static String of(int year, long correlative) {
        if (year < 1000 || year > 9999 || correlative < 1 || correlative > MAX_CORRELATIVE) {
            throw new IllegalArgumentException("no tracking code for year " + year + " and number " + correlative);
        }
        String digits = String.format("%04d%06d", year, correlative);
        return digits.substring(0, 4) + "-" + digits.substring(4) + checkDigit(digits);
    }

    public static boolean isValid(String code) {
        if (code == null) {
            return false;
        }
        var matcher = FORMAT.matcher(code);
        return matcher.matches()
                && checkDigit(matcher.group(1) + matcher.group(2)) == matcher.group(3).charAt(0) - '0';
    }

    /** Luhn's check digit: it catches every single-digit error and most swaps of adjacent digits. */
    static int checkDigit(String digits) {
        int sum = 0;
        boolean doubled = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }
}
