package pe.ceropapel.signature.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;

/**
 * Finds active content anywhere in a PDF's object graph: every object the cross-reference table
 * lists (whether anything refers to it or not, in an object stream or not) and everything reachable
 * from the trailer, each with every dictionary and array nested inside it, inline or indirect. An
 * action written directly in the catalog ({@code /OpenAction << /S /JavaScript /JS (...) >>}), in a
 * page's or a form field's {@code /AA}, or in a link annotation is found wherever it sits.
 *
 * <p>Active content is what runs, submits or opens something when a reader opens or clicks the
 * document, and what a reader cannot see: JavaScript (as an action, a name tree or any {@code /JS}
 * entry), actions that launch programs, submit or import form data, run rich media or go into an
 * embedded file; rich-media annotations; XFA forms; and, by the filing policy (an official record
 * carries nothing inside it that its reader cannot see), embedded files and file attachments.
 * Links to web addresses and to places in the document are not active content.
 *
 * <p>The walk is iterative (no depth limit can overflow the stack) and visits each object once;
 * stream bodies are not decoded, only their dictionaries are looked at.
 */
final class ActiveContent {

    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final Set<COSName> ACTIVE_ACTIONS = Set.of(COSName.JAVA_SCRIPT, LAUNCH,
            COSName.getPDFName("SubmitForm"), COSName.getPDFName("ImportData"), COSName.getPDFName("RichMediaExecute"),
            COSName.getPDFName("GoToE"));
    private static final Set<COSName> ACTIVE_ANNOTATIONS = Set.of(COSName.getPDFName("RichMedia"));
    private static final COSName XFA = COSName.getPDFName("XFA");
    private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");

    private ActiveContent() {
    }

    /** What the first active content found is, in English, or empty. */
    static Optional<String> find(COSDocument document) throws IOException {
        Deque<COSBase> pending = new ArrayDeque<>();
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (document.getTrailer() != null) {
            pending.push(document.getTrailer());
        }
        for (Map.Entry<COSObjectKey, Long> entry : document.getXrefTable().entrySet()) {
            pending.push(document.getObjectFromPool(entry.getKey()));
        }
        while (!pending.isEmpty()) {
            COSBase next = pending.pop();
            if (next instanceof COSObject indirect) {
                next = indirect.getObject();
            }
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (next instanceof COSDictionary dictionary) {
                Optional<String> found = inspect(dictionary);
                if (found.isPresent()) {
                    return found;
                }
                for (COSBase value : dictionary.getValues()) {
                    pending.push(value);
                }
            } else if (next instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    pending.push(array.get(i));
                }
            }
        }
        return Optional.empty();
    }

    /** What this dictionary itself (not what it holds) makes active, if anything. */
    private static Optional<String> inspect(COSDictionary dictionary) {
        if (dictionary.containsKey(COSName.JS) || dictionary.containsKey(COSName.JAVA_SCRIPT)) {
            return Optional.of("JavaScript");
        }
        COSName action = dictionary.getCOSName(COSName.S);
        if (action != null && ACTIVE_ACTIONS.contains(action)) {
            return Optional.of("a " + action.getName() + " action");
        }
        COSName subtype = dictionary.getCOSName(COSName.SUBTYPE);
        if (subtype != null && ACTIVE_ANNOTATIONS.contains(subtype)) {
            return Optional.of("a " + subtype.getName() + " annotation");
        }
        if (dictionary.containsKey(XFA)) {
            return Optional.of("an XFA form");
        }
        if (COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))
                || dictionary.containsKey(COSName.EMBEDDED_FILES)
                || dictionary.containsKey(COSName.EF)
                || FILE_ATTACHMENT.equals(subtype)) {
            return Optional.of("an embedded file");
        }
        return Optional.empty();
    }
}
