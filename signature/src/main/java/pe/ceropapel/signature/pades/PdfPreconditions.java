package pe.ceropapel.signature.pades;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import pe.ceropapel.signature.stamp.StampBox;
import pe.ceropapel.signature.stamp.StampLayout;

/** Reads what signing needs to know first: whether the PDF may be signed, and where the next stamp goes. */
final class PdfPreconditions {

    private static final COSName DOC_MDP = COSName.getPDFName("DocMDP");
    private static final COSName TRANSFORM_PARAMS = COSName.getPDFName("TransformParams");

    private PdfPreconditions() {
    }

    /** The box of the next signature stamp; refuses encrypted, unreadable and no-changes-certified PDFs. */
    static StampBox nextStamp(Path pdf) {
        // read-only: parsed lazily from the file, nothing new to cache
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            if (document.isEncrypted()) {
                throw new SigningRefusedException(SigningRefusedException.Reason.ENCRYPTED, "the PDF is encrypted", null);
            }
            if (noChangesAllowed(document)) {
                throw new SigningRefusedException(SigningRefusedException.Reason.CERTIFIED,
                        "the PDF is certified with no changes allowed", null);
            }
            return StampLayout.box(document, document.getSignatureDictionaries().size());
        } catch (InvalidPasswordException e) {
            throw new SigningRefusedException(SigningRefusedException.Reason.ENCRYPTED, "the PDF needs a password", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SigningRefusedException refused) {
                throw refused;
            }
            throw new SigningRefusedException(SigningRefusedException.Reason.MALFORMED, "the PDF cannot be read", e);
        }
    }

    /** ISO 32000-1, 12.8.2.2: a certification signature whose DocMDP transform has P = 1. */
    private static boolean noChangesAllowed(PDDocument document) {
        COSDictionary permissions = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS);
        COSDictionary signature = permissions == null ? null : permissions.getCOSDictionary(DOC_MDP);
        COSArray references = signature == null ? null : signature.getCOSArray(COSName.getPDFName("Reference"));
        if (references == null) {
            return false;
        }
        for (COSBase entry : references) {
            COSBase reference = entry.getCOSObject() instanceof COSDictionary ? entry.getCOSObject() : null;
            if (reference instanceof COSDictionary dictionary
                    && DOC_MDP.equals(dictionary.getCOSName(COSName.getPDFName("TransformMethod")))) {
                COSDictionary parameters = dictionary.getCOSDictionary(TRANSFORM_PARAMS);
                return parameters != null && parameters.getInt(COSName.P, 2) == 1;
            }
        }
        return false;
    }
}
