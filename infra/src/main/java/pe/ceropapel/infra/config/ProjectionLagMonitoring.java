package pe.ceropapel.infra.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;
import pe.ceropapel.query.readmodel.ProjectionProgress;
import pe.ceropapel.query.readmodel.ReadModels;

/**
 * How far the read models' projection is behind the event store, as Micrometer gauges
 * ({@code ceropapel.projection.lag.events}, {@code ceropapel.projection.lag.seconds}) and as details
 * of the {@code projections} health component. Lag alone does not make the application unhealthy:
 * a projection catching up after an Elasticsearch outage is working as it should.
 */
@Component("projections")
class ProjectionLagMonitoring extends AbstractHealthIndicator {

    private static final String PROCESSOR = ReadModels.PROCESSING_GROUP;

    private final ProjectionProgress progress;

    ProjectionLagMonitoring(ProjectionProgress progress, MeterRegistry registry) {
        this.progress = progress;
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

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        ProjectionProgress.Lag lag = progress.lag(PROCESSOR);
        builder.up()
                .withDetail("processor", PROCESSOR)
                .withDetail("eventsBehind", lag.eventsBehind())
                .withDetail("secondsBehind", lag.timeBehind().toMillis() / 1000.0);
    }
}
