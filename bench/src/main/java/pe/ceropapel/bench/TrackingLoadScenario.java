package pe.ceropapel.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.boot.web.context.WebServerApplicationContext;
import pe.ceropapel.api.casefile.Applicant;
import pe.ceropapel.api.casefile.FiledDocument;
import pe.ceropapel.api.casefile.IdentityDocumentType;
import pe.ceropapel.command.intake.DocumentIntake;
import pe.ceropapel.command.intake.IncomingFile;
import pe.ceropapel.query.readmodel.ProjectionProgress;
import pe.ceropapel.query.readmodel.ReadModels;

/**
 * Scenario 6: the citizen's tracking lookup ({@code POST /api/public/case-tracking} over loopback HTTP)
 * under a fixed arrival rate, open loop: each request has its time on the schedule, and its latency
 * counts from that time, so a slow server shows as latency, not as a lower rate (no coordinated
 * omission). A fixed set of keep-alive connections sends them, as a front proxy would; the lookups go
 * to {@value #CASE_FILES} case files at random. The same schedule runs first as a warm-up until the JIT
 * is quiet ({@link JitWarmUp}). Reports the rate achieved, p50 and p99 latency, the errors (any answer
 * but 200, or none), and the CPU time that the whole process (the application, its embedded
 * Elasticsearch node and this load generator) spent per lookup during the run.
 */
final class TrackingLoadScenario {

    static final String HEADER = """
            | scenario | target (req/s) | achieved (req/s) | p50 (ms) | p99 (ms) | errors | CPU per lookup (ms) |
            |---|---:|---:|---:|---:|---:|---:|""";

    private static final int CASE_FILES = 100;
    private static final int CONNECTIONS = 32;
    private static final Duration WARM_UP_SLICE = Duration.ofSeconds(10);

    private final WebServerApplicationContext app;
    private final int rate;
    private final Duration duration;

    TrackingLoadScenario(WebServerApplicationContext app, int rate, Duration duration) {
        this.app = app;
        this.rate = rate;
        this.duration = duration;
    }

    String run() throws Exception {
        List<HttpRequest> lookups = new ArrayList<>();
        URI uri = URI.create("http://127.0.0.1:" + app.getWebServer().getPort() + "/api/public/case-tracking");
        for (int i = 0; i < CASE_FILES; i++) {
            DocumentIntake intake = app.getBean(DocumentIntake.class);
            FiledDocument filed = intake.registerRequest("Solicitud de constancia de calibración " + i,
                    new Applicant(IdentityDocumentType.DNI, "40000001", "Rosa Flores", "rosa@example.pe"),
                    intake.keepPdf(IncomingFile.of(null,
                            new ByteArrayInputStream(TextPdf.render(new BenchText(3 + i).words(200))))), List.of());
            lookups.add(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"trackingCode\":\"" + filed.trackingCode()
                            + "\",\"accessKey\":\"" + filed.accessKey() + "\"}")).build());
        }
        awaitProjected();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int warmUpSlices = JitWarmUp.until(() -> offer(client, lookups, WARM_UP_SLICE));
        OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
        long cpuBefore = os.getProcessCpuTime();
        Load load = offer(client, lookups, duration);
        double cpuMillisPerLookup = (os.getProcessCpuTime() - cpuBefore) / 1e6 / load.latencies().length;
        return String.format(Locale.ROOT, "| 6. citizen tracking lookup, %d case files, %d s (after %d s of warm-up) | %d | %.0f | %.1f | %.1f | %d | %.2f |",
                CASE_FILES, duration.toSeconds(), warmUpSlices * WARM_UP_SLICE.toSeconds(), rate, load.achievedRate(),
                Percentiles.millis(load.latencies(), 0.5),
                Percentiles.millis(load.latencies(), 0.99), load.errors(), cpuMillisPerLookup);
    }

    /** What one run of the schedule measured: the sorted latencies, the errors and the rate achieved. */
    private record Load(long[] latencies, int errors, double achievedRate) {
    }

    /** Sends {@code rate} lookups per second for {@code length} at their scheduled times. */
    private Load offer(HttpClient client, List<HttpRequest> lookups, Duration length) throws InterruptedException {
        int total = (int) (rate * length.toSeconds());
        long[] latencies = new long[total];
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        long interval = 1_000_000_000L / rate;
        ExecutorService connections = Executors.newFixedThreadPool(CONNECTIONS);
        for (int c = 0; c < CONNECTIONS; c++) {
            connections.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long due = start + i * interval;
                    LockSupport.parkNanos(due - System.nanoTime());
                    try {
                        HttpResponse<Void> answer = client.send(lookups.get(ThreadLocalRandom.current()
                                .nextInt(CASE_FILES)), HttpResponse.BodyHandlers.discarding());
                        if (answer.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException failure) {
                        errors.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - due;
                }
            });
        }
        connections.shutdown();
        connections.awaitTermination(length.toSeconds() + 120, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        return new Load(latencies, errors.get(), total / seconds);
    }

    /** The runner pauses the projection; this scenario reads the case file from it, so it is run once to the head. */
    private void awaitProjected() throws InterruptedException {
        TrackingEventProcessor processor = app.getBean(EventProcessingConfiguration.class)
                .eventProcessor(ReadModels.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
        ProjectionProgress progress = app.getBean(ProjectionProgress.class);
        processor.start();
        progress.awaitHandled(ReadModels.PROCESSING_GROUP, progress.head(), Duration.ofMinutes(5));
        processor.shutDown();
    }
}
