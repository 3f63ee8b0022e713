package pe.ceropapel.frontend.web;

/** What a form field holds once trimmed: an empty field is an absent value. */
final class FormValues {

    private FormValues() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
