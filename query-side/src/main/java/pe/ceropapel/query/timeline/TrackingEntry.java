package pe.ceropapel.query.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import pe.ceropapel.api.document.ContentRef;

/**
 * A case file as its citizen sees it, as the {@code tracking} index holds it under its tracking
 * code: everything a lookup answers, so that a lookup is one read.
 */
final class TrackingEntry {

    /** The order of a case file's steps: by instant (to the millisecond, as the index stores it), then position. */
    private static final Comparator<PublicStep> CHRONOLOGICAL = Comparator
            .comparingLong((PublicStep step) -> Instant.parse(step.at()).toEpochMilli())
            .thenComparingLong(PublicStep::position);

    public String trackingCode;
    public String accessKeySha256;
    public String subject;
    public String origin;
    public String openedAt;
    public String firstDocumentId;
    /** Each filed document's label, by document id. */
    public TreeMap<String, String> labels = new TreeMap<>();
    /** Its public steps, in order. */
    public List<PublicStep> steps = new ArrayList<>();
    /** The sealed receipt (cargo) of a case file filed from outside. */
    public ContentRef receipt;

    /** Files {@code document}: its label, and the public steps it has taken so far. */
    void file(PublicDocumentEntry document) {
        labels.put(document.documentId, document.label());
        document.steps.forEach(this::record);
    }

    /** Adds {@code step}, if the citizen sees it in this case file and it is not there yet. */
    void record(PublicStep step) {
        if (PublicSteps.showsIn(this, step) && steps.stream().noneMatch(recorded -> recorded.id().equals(step.id()))) {
            steps.add(step);
            steps.sort(CHRONOLOGICAL);
        }
    }
}
