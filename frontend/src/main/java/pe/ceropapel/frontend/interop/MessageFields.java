package pe.ceropapel.frontend.interop;

import java.util.regex.Pattern;

/** Checks of the text fields of messages from other entities. */
final class MessageFields {

    /** Control and format characters (such as bidirectional overrides), apart from tabs and line breaks. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\t\\n\\r]]");

    private MessageFields() {
    }

    /** Not blank, at most {@code max} characters, no control characters. */
    static boolean present(String text, int max) {
        return text != null && !text.isBlank() && fits(text, max);
    }

    static boolean fits(String text, int max) {
        return text.length() <= max && !CONTROL.matcher(text).find();
    }

    /** @throws InvalidMessageException with {@code message} unless {@code condition} holds */
    static void check(boolean condition, String message) {
        if (!condition) {
            throw new InvalidMessageException(message);
        }
    }
}
