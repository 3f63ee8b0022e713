package pe.ceropapel.command.intake;

import pe.ceropapel.signature.pdf.PdfRejectedException;

/** An annex that the entity does not accept, with what a person can be told about it. */
public class AnnexRefusedException extends Exception {

    /** Why an annex was refused. */
    public enum Reason {
        /** Zero bytes. */
        EMPTY,
        /** A program (Windows, Linux or macOS executable, script with an interpreter line, shortcut). */
        EXECUTABLE,
        /** A ZIP, RAR, 7z, gzip or other archive that is not an office document. */
        ARCHIVE,
        /** A web page, SVG image or other markup that a browser would run. */
        MARKUP,
        /** An office document with macros, ActiveX controls, embedded programs or a remote template. */
        MACROS,
        /** A format the entity does not list, or one not recognised. */
        NOT_ACCEPTED,
        /** A name whose extension belongs to another format than the content's. */
        NAME_MISMATCH,
        /** A PDF that the checks of every PDF refuse (active content, encrypted, damaged...). */
        PDF
    }

    private final Reason reason;
    private final String annexName;
    private final String acceptedExtensions;
    private final String contentExtension;

    AnnexRefusedException(Reason reason, String annexName, String acceptedExtensions, String contentExtension,
                          PdfRejectedException pdfRejection) {
        super("annex '" + annexName + "' refused: " + reason
                + (pdfRejection == null ? "" : " (" + pdfRejection.getMessage() + ")"), pdfRejection);
        this.reason = reason;
        this.annexName = annexName;
        this.acceptedExtensions = acceptedExtensions;
        this.contentExtension = contentExtension;
    }

    public Reason reason() {
        return reason;
    }

    /** The annex's name as it was sent (made safe to show). */
    public String annexName() {
        return annexName;
    }

    /** What the entity accepts, as extensions: {@code .pdf, .docx, ...}. */
    public String acceptedExtensions() {
        return acceptedExtensions;
    }

    /** The extension that the content's format has, for {@link Reason#NAME_MISMATCH}; else null. */
    public String contentExtension() {
        return contentExtension;
    }

    /** Why the PDF checks refused it, for {@link Reason#PDF}; else null. */
    public PdfRejectedException pdfRejection() {
        return (PdfRejectedException) getCause();
    }
}
