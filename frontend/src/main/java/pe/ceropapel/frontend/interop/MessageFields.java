package pe.ceropapel.frontend.interop;

import pe.ceropapel.frontend.PlainTextValidator;

/** Checks of the text fields of messages from other entities. */
final class MessageFields {

    private MessageFields() {
    }

    /** Not blank, at most {@code max} characters, {@linkplain pe.ceropapel.frontend.PlainText plain text}. */
    static boolean present(String text, int max) {
        return text != null && !text.isBlank() && fits(text, max);
    }

    static boolean fits(String text, int max) {
        return text.length() <= max && PlainTextValidator.isPlain(text);
    }

    /** @throws InvalidMessageException with {@code message} unless {@code condition} holds */
    static void check(boolean condition, String message) {
        if (!condition) {
            throw new InvalidMessageException(message);
        }
    }
}
