package pe.ceropapel.command.intake;

import java.io.IOException;
import java.util.List;
import pe.ceropapel.api.casefile.Applicant;
import pe.ceropapel.api.casefile.FiledDocument;
import pe.ceropapel.signature.pdf.PdfRejectedException;

/**
 * Takes files into documents: every PDF is checked by parsing while it is stored under its digest,
 * every annex by the entity's annex policy, and only then does the command run. A refused file is
 * never stored; when the command is refused there is no event, and stored bytes wait for the
 * collector of unreferenced objects (another request may refer to the same bytes).
 */
public interface DocumentIntake {

    /** The author recorded for requests that arrive through the mesa de partes virtual. */
    String INTAKE_AUTHOR = pe.ceropapel.api.interop.ExternalActors.INTAKE;

    /**
     * A document of an office, filed in the named case file or opening one of its own.
     *
     * @throws PdfRejectedException when the content is not an acceptable PDF
     */
    FiledDocument register(NewDocument document, String author, IncomingFile pdf)
            throws IOException, PdfRejectedException;

    /** As {@link #register(NewDocument, String, IncomingFile)}, with a PDF kept from an earlier attempt. */
    FiledDocument register(NewDocument document, String author, KeptPdf pdf);

    /** A citizen's request to the intake office, opening a case file for its applicant, with its files kept before. */
    FiledDocument registerRequest(String subject, Applicant applicant, KeptPdf pdf, List<KeptAnnex> annexes);

    /**
     * Checks and stores a PDF for a command that follows, or before the rest of its form is right, so
     * that its sender need not choose it again.
     */
    KeptPdf keepPdf(IncomingFile pdf) throws IOException, PdfRejectedException;

    /** As {@link #keepPdf(IncomingFile)}, for annexes, each checked by the entity's annex policy. */
    List<KeptAnnex> keepAnnexes(List<IncomingFile> annexes) throws IOException, AnnexRefusedException;

    /** A new PDF for a draft. */
    void replaceContent(String documentId, String by, IncomingFile pdf) throws IOException, PdfRejectedException;

    /** An observed document sent to its signers again, with a new PDF. */
    void resubmit(String documentId, String by, IncomingFile pdf) throws IOException, PdfRejectedException;

    /** An annex added to a draft; answers the annex's id. */
    String addAttachment(String documentId, String by, IncomingFile annex) throws IOException, AnnexRefusedException;
}
