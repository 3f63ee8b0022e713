package pe.ceropapel.signature.pdf;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;

/**
 * Finds active content in a PDF by looking at every object it holds, wherever it is referenced
 * from: JavaScript, launch actions, embedded files and file attachments.
 */
final class ActiveContent {

    private static final Set<COSName> ACTIVE_ACTIONS = Set.of(COSName.JAVA_SCRIPT, COSName.getPDFName("Launch"),
            COSName.getPDFName("ImportData"), COSName.getPDFName("RichMediaExecute"));

    private ActiveContent() {
    }

    /** What the first active content found is, or empty. */
    static Optional<String> find(COSDocument document) throws IOException {
        for (COSObjectKey key : document.getXrefTable().keySet()) {
            COSObject object = document.getObjectFromPool(key);
            COSBase base = object.getObject();
            if (base instanceof COSDictionary dictionary) {
                Optional<String> found = inspect(dictionary);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> inspect(COSDictionary dictionary) {
        if (dictionary.containsKey(COSName.JS) || dictionary.containsKey(COSName.JAVA_SCRIPT)) {
            return Optional.of("JavaScript");
        }
        COSName action = dictionary.getCOSName(COSName.S);
        if (action != null && ACTIVE_ACTIONS.contains(action)) {
            return Optional.of("a " + action.getName() + " action");
        }
        if (COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))
                || dictionary.containsKey(COSName.EMBEDDED_FILES)
                || COSName.getPDFName("FileAttachment").equals(dictionary.getCOSName(COSName.SUBTYPE))) {
            return Optional.of("an embedded file");
        }
        return Optional.empty();
    }
}
