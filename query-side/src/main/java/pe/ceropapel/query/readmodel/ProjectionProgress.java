package pe.ceropapel.query.readmodel;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.timeline.AwaitReadModelsQuery;

/**
 * How far a tracking processor has come through the event store, read from the shared token store
 * (so it is right whichever instance owns the segments): whether it has handled every event stored
 * so far (read-your-writes), and how far behind it is (lag).
 */
@Component
public class ProjectionProgress {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(25);
    private static final Duration MAX_WAIT = Duration.ofSeconds(30);

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final Clock clock;
    private final ElasticsearchClient client;

    ProjectionProgress(EventStore eventStore, JdbcTemplate jdbc, Serializer serializer, Clock clock,
                       ElasticsearchClient client) {
        this.client = client;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.clock = clock;
    }

    /**
     * How far a processor has come (the global index its slowest segment handled, -1 for none), how
     * many events it has still to handle and since when the oldest of them waits.
     */
    public record Lag(long position, long eventsBehind, Duration timeBehind) {
    }

    /**
     * Once the projection has handled the events, refreshes the live indices: Elasticsearch makes
     * writes visible to searches only at its next refresh (each second), and the reader asked for them now.
     */
    @QueryHandler
    Boolean handle(AwaitReadModelsQuery query) throws InterruptedException, IOException {
        Duration timeout = query.timeout().compareTo(MAX_WAIT) > 0 ? MAX_WAIT : query.timeout();
        if (!awaitHandled(ReadModels.PROCESSING_GROUP, head(), timeout)) {
            return false;
        }
        client.indices().refresh(r -> r.index(ReadModelIndices.LIVE.all()));
        return true;
    }

    /** The global index of the newest event stored, or -1 when there is none. */
    public long head() {
        return positionOf(eventStore.createHeadToken()).orElse(-1);
    }

    /** Waits until {@code processor} has handled every stored event up to {@code position}. */
    public boolean awaitHandled(String processor, long position, Duration timeout) throws InterruptedException {
        Instant deadline = clock.instant().plus(timeout);
        while (!hasHandled(processor, position)) {
            if (clock.instant().isAfter(deadline)) {
                return false;
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        return true;
    }

    /**
     * Whether every segment of {@code processor} is past {@code position} with no stored event
     * before it still to handle (a gap that a late transaction filled).
     */
    public boolean hasHandled(String processor, long position) {
        List<TrackingToken> tokens = tokens(processor);
        if (tokens.isEmpty()) {
            return position < 0;
        }
        for (TrackingToken token : tokens) {
            if (positionOf(token).orElse(-1) < position || storedGapBefore(token, position)) {
                return false;
            }
        }
        return true;
    }

    public Lag lag(String processor) {
        long head = head();
        long slowest = tokens(processor).stream().mapToLong(token -> positionOf(token).orElse(-1)).min().orElse(-1);
        if (slowest >= head) {
            return new Lag(slowest, 0, Duration.ZERO);
        }
        List<String> oldest = jdbc.queryForList("SELECT timestamp FROM domainevententry WHERE globalindex > ? "
                + "ORDER BY globalindex LIMIT 1", String.class, slowest);
        Duration behind = oldest.isEmpty() ? Duration.ZERO
                : Duration.between(Instant.parse(oldest.get(0)), clock.instant());
        return new Lag(slowest, head - slowest, behind.isNegative() ? Duration.ZERO : behind);
    }

    /** Drops the tokens of a processor that will never run again (a finished rebuild's). */
    public void forget(String processor) {
        jdbc.update("DELETE FROM tokenentry WHERE processorname = ?", processor);
    }

    private List<TrackingToken> tokens(String processor) {
        return jdbc.query("SELECT token, tokentype FROM tokenentry WHERE processorname = ?",
                        (row, i) -> row.getBytes(1) == null ? null
                                : (TrackingToken) serializer.deserialize(new SimpleSerializedObject<>(row.getBytes(1),
                                byte[].class, row.getString(2), null)),
                        processor).stream()
                .map(token -> token == null ? null : WrappedToken.unwrapLowerBound(token))
                .map(token -> token == null ? GapAwareTrackingToken.newInstance(-1, Set.of()) : token)
                .toList();
    }

    private boolean storedGapBefore(TrackingToken token, long position) {
        if (!(token instanceof GapAwareTrackingToken gapAware)) {
            return false;
        }
        Set<Long> gaps = gapAware.getGaps().headSet(position + 1);
        if (gaps.isEmpty()) {
            return false;
        }
        String in = gaps.stream().map(String::valueOf).collect(Collectors.joining(","));
        Integer stored = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE globalindex IN (" + in + ")",
                Integer.class);
        return stored != null && stored > 0;
    }

    private static OptionalLong positionOf(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
