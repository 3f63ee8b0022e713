package pe.ceropapel.frontend;

/** Formats that request fields are checked against at the edge, shared by every request record. */
public final class InputFormats {

    /** Office codes, such as {@code INACAL/DM}: upper-case segments separated by slashes. */
    public static final String OFFICE_CODE = "[A-Z0-9]+(/[A-Z0-9]+)*";

    private InputFormats() {
    }
}
