package pe.ceropapel.infra.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import pe.ceropapel.query.readmodel.ProjectionProgress;
import pe.ceropapel.query.readmodel.ReadModels;

/**
 * How far the read models' projection is behind the event store, as Micrometer gauges
 * ({@code ceropapel.projection.lag.events}, {@code ceropapel.projection.lag.seconds}) and as details
 * of the {@code projections} health component. Lag alone does not make the application unhealthy:
 * a projection catching up after an Elasticsearch outage is working as it should. A stalled one
 * does: when events wait and the projection's position (read from the shared token store, whichever
 * instance runs it) has not moved for {@code ceropapel.projection.stalled-after} (default 5 minutes),
 * e.g. because it keeps failing on the same batch, the component is {@code DOWN}.
 */
@Component("projections")
@EnableScheduling
class ProjectionLagMonitoring extends AbstractHealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(ProjectionLagMonitoring.class);

    private static final String PROCESSOR = ReadModels.PROCESSING_GROUP;

    private final ProjectionProgress progress;
    private final Clock clock;
    private final Duration stalledAfter;
    private long position = Long.MIN_VALUE;
    private Instant movedAt;

    ProjectionLagMonitoring(ProjectionProgress progress, MeterRegistry registry, Clock clock,
                            CeroPapelProperties properties) {
        this.progress = progress;
        this.clock = clock;
        this.stalledAfter = properties.projection().stalledAfter();
        this.movedAt = clock.instant();
        Gauge.builder("ceropapel.projection.lag.events", () -> progress.lag(PROCESSOR).eventsBehind())
                .description("Events stored but not yet handled by the projection")
                .tag("processor", PROCESSOR)
                .register(registry);
        Gauge.builder("ceropapel.projection.lag.seconds", () -> progress.lag(PROCESSOR).timeBehind().toMillis() / 1000.0)
                .description("How long the oldest event not yet handled by the projection has waited")
                .baseUnit("seconds")
                .tag("processor", PROCESSOR)
                .register(registry);
    }

    /**
     * Watches the position between health checks too, so that a stall is timed from its start. While
     * the database is unreachable there is no position to read: the next check reads it again.
     */
    @Scheduled(initialDelayString = "${ceropapel.projection.stall-check-interval:PT5S}",
            fixedDelayString = "${ceropapel.projection.stall-check-interval:PT5S}")
    void watch() {
        try {
            observe(progress.lag(PROCESSOR));
        } catch (TransactionException | DataAccessException unreachable) {
            log.warn("Could not read the projection's position: {}", unreachable.getMessage());
        }
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        ProjectionProgress.Lag lag = progress.lag(PROCESSOR);
        Duration stalledFor = observe(lag);
        if (stalledFor.compareTo(stalledAfter) > 0) {
            builder.down().withDetail("stalledSeconds", stalledFor.toSeconds());
        } else {
            builder.up();
        }
        builder.withDetail("processor", PROCESSOR)
                .withDetail("eventsBehind", lag.eventsBehind())
                .withDetail("secondsBehind", lag.timeBehind().toMillis() / 1000.0);
    }

    /** How long events have waited while the position stood still; zero while it moves or nothing waits. */
    private synchronized Duration observe(ProjectionProgress.Lag lag) {
        Instant now = clock.instant();
        if (lag.position() != position || lag.eventsBehind() == 0) {
            position = lag.position();
            movedAt = now;
        }
        return Duration.between(movedAt, now);
    }
}
