package pe.ceropapel.api;

import java.util.regex.Pattern;

/**
 * Free text that a person typed or another entity sent: no control characters apart from tabs and
 * line breaks, no invisible format characters (bidirectional overrides, zero-width joiners and
 * spaces) and no unpaired surrogates, which would make a text read differently from what it holds.
 */
public final class PlainTexts {

    /** Control, format (such as bidirectional overrides) and lone surrogate characters, apart from tabs and line breaks. */
    private static final Pattern HIDDEN = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}&&[^\\t\\n\\r]]");

    private PlainTexts() {
    }

    public static boolean isPlain(CharSequence text) {
        return !HIDDEN.matcher(text).find();
    }
}
