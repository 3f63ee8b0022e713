package pe.ceropapel.query.timeline;

import java.util.Map;
import java.util.Set;
import pe.ceropapel.api.casefile.CaseOrigin;
import pe.ceropapel.api.timeline.CaseState;
import pe.ceropapel.api.timeline.TimelineAction;

/**
 * Which steps a citizen sees of a case file, and where each leaves the case. Internal drafting
 * (registering a draft, approvals, rejections, new versions, discarded drafts) stays inside.
 */
final class PublicSteps {

    private static final Set<TimelineAction> PUBLIC = Set.of(TimelineAction.CASE_OPENED, TimelineAction.ISSUED,
            TimelineAction.DERIVED, TimelineAction.RECEIVED, TimelineAction.ATTENDED, TimelineAction.RETURNED,
            TimelineAction.DERIVATION_ARCHIVED, TimelineAction.ARCHIVED, TimelineAction.ANNULLED);
    private static final Map<TimelineAction, CaseState> STATES = Map.of(
            TimelineAction.CASE_OPENED, CaseState.REGISTERED,
            TimelineAction.ATTENDED, CaseState.ATTENDED,
            TimelineAction.RETURNED, CaseState.RETURNED,
            TimelineAction.DERIVATION_ARCHIVED, CaseState.ARCHIVED,
            TimelineAction.ARCHIVED, CaseState.ARCHIVED,
            TimelineAction.ANNULLED, CaseState.ANNULLED);

    private PublicSteps() {
    }

    /** Whether a citizen may see steps of this kind, in whichever case file. */
    static boolean isPublic(TimelineAction action) {
        return PUBLIC.contains(action);
    }

    /**
     * Whether a citizen sees public {@code step} in {@code caseFile}. A request from outside is
     * accepted as issued when it opens its case file; that acceptance shows as the case's opening,
     * not as a step of its own.
     */
    static boolean showsIn(TrackingEntry caseFile, PublicStep step) {
        return !(TimelineAction.ISSUED.name().equals(step.action())
                && !CaseOrigin.INTERNAL.name().equals(caseFile.origin)
                && step.documentId().equals(caseFile.firstDocumentId));
    }

    static CaseState stateAfter(TimelineAction action) {
        return STATES.getOrDefault(action, CaseState.IN_PROGRESS);
    }
}
