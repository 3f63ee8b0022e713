package pe.ceropapel.query.timeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.access.Reader;
import pe.ceropapel.api.casefile.FindReceiptQuery;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.timeline.CaseState;
import pe.ceropapel.api.timeline.CaseTracking;
import pe.ceropapel.api.timeline.FindCaseFileTimelineQuery;
import pe.ceropapel.api.timeline.FindDocumentTimelineQuery;
import pe.ceropapel.api.timeline.PublicTimelineEntry;
import pe.ceropapel.api.timeline.TimelineAction;
import pe.ceropapel.api.timeline.TimelineEntry;
import pe.ceropapel.api.timeline.TrackCaseFileQuery;
import pe.ceropapel.query.document.ReadAccess;
import pe.ceropapel.query.readmodel.ReadModelIndices;
import pe.ceropapel.storage.Sha256;

/**
 * Answers timeline queries: a document's or a case file's steps for the entity's people (only of
 * documents they may read) from the {@code timeline} index, and a case file's public view for the
 * citizen who holds its tracking code and access key from the {@code tracking} index.
 */
@Component
class TimelineQueries {

    private static final String ACCESS_KEY_FIELD = "accessKeySha256";
    /** What an unknown code's key is compared with: a digest of random bytes, which no key has. */
    private static final String NO_KEY_SHA256 = randomDigest();
    /** More steps than any case file gathers; a case file's timeline is read in one request. */
    private static final int MAX_STEPS = 10_000;

    private final ElasticsearchClient client;

    TimelineQueries(ElasticsearchClient client) {
        this.client = client;
    }

    @QueryHandler
    List<TimelineEntry> handle(FindDocumentTimelineQuery query) throws IOException {
        return entries(readable(List.of(query.documentId()), query.reader()));
    }

    @QueryHandler
    List<TimelineEntry> handle(FindCaseFileTimelineQuery query) throws IOException {
        var caseFile = client.get(g -> g.index(ReadModelIndices.LIVE.caseFiles()).id(query.caseFileId()),
                CaseFileEntry.class);
        if (!caseFile.found()) {
            return List.of();
        }
        return entries(readable(caseFile.source().documentIds, query.reader()));
    }

    @QueryHandler
    Optional<CaseTracking> handle(TrackCaseFileQuery query) throws IOException {
        return caseFile(query.trackingCode(), query.accessKey()).map(TimelineQueries::publicView);
    }

    @QueryHandler
    Optional<ContentRef> handle(FindReceiptQuery query) throws IOException {
        return caseFile(query.trackingCode(), query.accessKey()).map(caseFile -> caseFile.receipt);
    }

    /**
     * The citizen's view of the case file of {@code trackingCode}, if {@code accessKey} is its key. An
     * unknown code and a wrong key take the same steps, so that the time of the answer tells neither
     * apart: one read of the key's digest only, one hash of the key given, one comparison in constant
     * time (with a digest no key has, for an unknown code). Only the right key reads the whole view.
     */
    private Optional<TrackingEntry> caseFile(String trackingCode, String accessKey) throws IOException {
        if (trackingCode == null || trackingCode.isBlank() || accessKey == null) {
            return Optional.empty();
        }
        TrackingEntry keyOnly = client.get(g -> g.index(ReadModelIndices.LIVE.tracking()).id(trackingCode)
                .sourceIncludes(ACCESS_KEY_FIELD), TrackingEntry.class).source();
        boolean known = keyOnly != null && keyOnly.accessKeySha256 != null;
        boolean matches = keyMatches(accessKey, known ? keyOnly.accessKeySha256 : NO_KEY_SHA256);
        if (!(matches & known)) {
            return Optional.empty();
        }
        return Optional.ofNullable(client.get(g -> g.index(ReadModelIndices.LIVE.tracking()).id(trackingCode),
                TrackingEntry.class).source());
    }

    private static CaseTracking publicView(TrackingEntry caseFile) {
        List<PublicTimelineEntry> steps = caseFile.steps.stream()
                .map(step -> new PublicTimelineEntry(Instant.parse(step.at()), step.office(),
                        TimelineAction.valueOf(step.action()), caseFile.labels.get(step.documentId()),
                        CaseState.valueOf(step.state())))
                .toList();
        CaseState state = steps.isEmpty() ? CaseState.REGISTERED : steps.get(steps.size() - 1).state();
        return new CaseTracking(caseFile.trackingCode, caseFile.subject, Instant.parse(caseFile.openedAt), state,
                steps, caseFile.receipt != null);
    }

    private List<TimelineEntry> entries(Collection<String> documentIds) throws IOException {
        return steps(documentIds).stream()
                .map(step -> new TimelineEntry(Instant.parse(step.at), step.documentId,
                        TimelineAction.valueOf(step.action), step.office, step.recipient, step.actor, step.comment))
                .toList();
    }

    private List<TimelineStep> steps(Collection<String> documentIds) throws IOException {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        List<FieldValue> ids = documentIds.stream().map(FieldValue::of).toList();
        return client.search(s -> s.index(ReadModelIndices.LIVE.timeline())
                        .size(MAX_STEPS)
                        .query(q -> q.terms(t -> t.field("documentId").terms(v -> v.value(ids))))
                        .sort(o -> o.field(f -> f.field("at").order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field("position").order(SortOrder.Asc))), TimelineStep.class)
                .hits().hits().stream().map(Hit::source).toList();
    }

    /** Those of the documents that {@code reader} may read. */
    private List<String> readable(Collection<String> documentIds, Reader reader) throws IOException {
        List<String> ids = List.copyOf(documentIds);
        return client.search(s -> s.index(ReadModelIndices.LIVE.documents())
                        .size(ids.size())
                        .source(src -> src.fetch(false))
                        .query(q -> q.bool(b -> b
                                .filter(f -> f.ids(i -> i.values(ids)))
                                .filter(ReadAccess.filter(reader)))), Void.class)
                .hits().hits().stream().map(Hit::id).toList();
    }

    private static String randomDigest() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Sha256.of(bytes);
    }

    private static boolean keyMatches(String accessKey, String expectedSha256) {
        byte[] given = Sha256.of(accessKey.getBytes(StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, expectedSha256.getBytes(StandardCharsets.US_ASCII));
    }
}
