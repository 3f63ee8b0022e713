package pe.ceropapel.signature.pdf;

/** A file that is not an acceptable PDF, with the reason a person can be told. */
public class PdfRejectedException extends Exception {

    /** Why a file was refused. */
    public enum Reason {
        /** Zero bytes. */
        EMPTY,
        /** Not a PDF at all. */
        NOT_PDF,
        /** A PDF that is truncated, malformed or has no pages. */
        DAMAGED,
        /** A PDF protected by a password or encrypted. */
        ENCRYPTED,
        /** A PDF that runs scripts or launches programs when opened, or carries embedded files. */
        ACTIVE_CONTENT,
        /** A PDF with more pages than allowed, or whose compressed content expands beyond the limits. */
        OVER_LIMITS
    }

    private final Reason reason;

    public PdfRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
