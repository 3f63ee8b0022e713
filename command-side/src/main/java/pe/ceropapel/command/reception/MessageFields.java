package pe.ceropapel.command.reception;

import pe.ceropapel.api.PlainTexts;

/** Checks of the text fields of messages from other entities. */
final class MessageFields {

    private MessageFields() {
    }

    /** Not blank, at most {@code max} characters, {@linkplain PlainTexts plain text}. */
    static boolean present(String text, int max) {
        return text != null && !text.isBlank() && fits(text, max);
    }

    static boolean fits(String text, int max) {
        return text.length() <= max && PlainTexts.isPlain(text);
    }

    /** @throws InvalidMessageException with {@code message} unless {@code condition} holds */
    static void check(boolean condition, String message) {
        if (!condition) {
            throw new InvalidMessageException(message);
        }
    }
}
