package pe.ceropapel.query.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * A document as the {@code public-documents} index holds it: what a citizen may see of it (its
 * label and its public steps, even those taken before it was filed) and the case file it is filed in.
 */
final class PublicDocumentEntry {

    public String documentId;
    public String type;
    public String number;
    public boolean confidential;
    /** The tracking code of its case file; null until it is filed. */
    public String trackingCode;
    public List<PublicStep> steps = new ArrayList<>();

    /** How a citizen sees it: by official number when it has one and is not confidential, else by type. */
    String label() {
        return !confidential && number != null ? number : type;
    }

    void record(PublicStep step) {
        if (steps.stream().noneMatch(recorded -> recorded.id().equals(step.id()))) {
            steps.add(step);
        }
    }
}
