package pe.ceropapel.query.readmodel;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.readmodel.FindRebuildStatusQuery;
import pe.ceropapel.api.readmodel.RebuildReadModelsCommand;
import pe.ceropapel.api.readmodel.RebuildStatus;
import pe.ceropapel.api.readmodel.RebuildStatus.State;
import pe.ceropapel.api.rules.IllegalTransitionException;

/**
 * Rebuilds the read models from the event store while the live ones keep serving:
 * <ol>
 *     <li>creates the indices of the next generation (the templates give them their mappings);</li>
 *     <li>replays every event into them with a tracking processor of its own, which goes on with new
 *     events as they arrive;</li>
 *     <li>once it has reached the event store's head, points the aliases at the new indices in one
 *     atomic step; from then on the live processor writes into them as well;</li>
 *     <li>lets the replay go on until it has handled every event stored before the switch (those the
 *     live processor wrote only into the old indices), then stops it and drops the old indices.</li>
 * </ol>
 * Both processors write with external versions, so an event written twice changes nothing.
 */
@Component
public class ReadModelRebuild {

    private static final int BATCH_SIZE = 500;
    private static final Duration CHECK_INTERVAL = Duration.ofSeconds(1);
    private static final Duration LOG_INTERVAL = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    private final ReadModelSchema schema;
    private final ReadModelProcessors processors;
    private final ProjectionProgress progress;
    private final Clock clock;
    private final AtomicReference<RebuildStatus> status = new AtomicReference<>();

    ReadModelRebuild(ReadModelSchema schema, ReadModelProcessors processors, ProjectionProgress progress, Clock clock) {
        this.schema = schema;
        this.processors = processors;
        this.progress = progress;
        this.clock = clock;
    }

    @CommandHandler
    synchronized RebuildStatus handle(RebuildReadModelsCommand command) throws IOException {
        RebuildStatus current = status.get();
        if (current != null && (current.state() == State.REPLAYING || current.state() == State.SWITCHING)) {
            throw new IllegalTransitionException("a rebuild of the read models is already running");
        }
        int previous = schema.liveGeneration();
        ReadModelIndices target = ReadModelIndices.generation(previous + 1);
        schema.delete(target);
        schema.create(target);
        Instant startedAt = clock.instant();
        String processorName = ReadModels.PROCESSING_GROUP + "-rebuild-" + target.documents();
        TrackingEventProcessor processor = processors.into(processorName, target, -1, BATCH_SIZE);
        RebuildStatus started = new RebuildStatus(State.REPLAYING, previous + 1, 0, Math.max(0, progress.head()), 0,
                null, startedAt, null, null);
        status.set(started);
        log.info("Rebuilding the read models into generation {} ({} events)", previous + 1, started.eventsTotal());
        Thread monitor = new Thread(() -> follow(processor, processorName, ReadModelIndices.generation(previous),
                target, startedAt), "read-model-rebuild");
        monitor.setDaemon(true);
        processor.start();
        monitor.start();
        return started;
    }

    @QueryHandler
    Optional<RebuildStatus> handle(FindRebuildStatusQuery query) {
        return Optional.ofNullable(status.get());
    }

    private void follow(TrackingEventProcessor processor, String name, ReadModelIndices previous,
                        ReadModelIndices target, Instant startedAt) {
        int generation = status.get().generation();
        try {
            Instant lastLog = startedAt;
            while (!progress.hasHandled(name, progress.head())) {
                Thread.sleep(CHECK_INTERVAL.toMillis());
                report(State.REPLAYING, processor, startedAt);
                if (Duration.between(lastLog, clock.instant()).compareTo(LOG_INTERVAL) >= 0) {
                    lastLog = clock.instant();
                    RebuildStatus now = status.get();
                    log.info("Rebuild: {} of {} events, {} events/s, about {} s to go", now.eventsDone(),
                            now.eventsTotal(), Math.round(now.eventsPerSecond()),
                            now.remaining() == null ? "?" : now.remaining().toSeconds());
                }
            }
            schema.switchAliases(previous, target);
            report(State.SWITCHING, processor, startedAt);
            log.info("Read models now served by generation {}; catching up with the events of the switch", generation);
            long switchedAt = progress.head();
            while (!progress.awaitHandled(name, switchedAt, Duration.ofMinutes(1))) {
                log.info("Rebuild: waiting for the replay to reach position {}", switchedAt);
            }
            processor.shutDown();
            progress.forget(name);
            schema.delete(previous);
            report(State.DONE, processor, startedAt);
            log.info("Read models rebuilt in {} s", Duration.between(startedAt, clock.instant()).toSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(processor, startedAt, e);
        } catch (IOException | RuntimeException e) {
            fail(processor, startedAt, e);
        }
    }

    private void fail(TrackingEventProcessor processor, Instant startedAt, Exception e) {
        log.error("The read-model rebuild failed; the previous generation keeps serving", e);
        processor.shutDown();
        RebuildStatus last = status.get();
        status.set(new RebuildStatus(State.FAILED, last.generation(), last.eventsDone(), last.eventsTotal(),
                last.eventsPerSecond(), null, startedAt, clock.instant(), e.toString()));
    }

    private void report(State state, TrackingEventProcessor processor, Instant startedAt) {
        // a stopped processor reports no segments: its last position stands
        long done = processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(position -> position.orElse(0))
                .min().orElse(status.get().eventsDone());
        long total = Math.max(progress.head(), done);
        double seconds = Math.max(0.001, Duration.between(startedAt, clock.instant()).toMillis() / 1000.0);
        double rate = done / seconds;
        Duration remaining = rate > 0 ? Duration.ofSeconds(Math.round((total - done) / rate)) : null;
        status.set(new RebuildStatus(state, status.get().generation(), done, total, rate, remaining, startedAt,
                state == State.DONE ? clock.instant() : null, null));
    }
}
