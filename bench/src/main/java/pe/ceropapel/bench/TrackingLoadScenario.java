package pe.ceropapel.bench;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.boot.web.context.WebServerApplicationContext;
import pe.ceropapel.api.casefile.Applicant;
import pe.ceropapel.api.casefile.FiledDocument;
import pe.ceropapel.api.casefile.IdentityDocumentType;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.frontend.document.DocumentMetadata;
import pe.ceropapel.frontend.document.DocumentRegistration;
import pe.ceropapel.query.readmodel.ProjectionProgress;
import pe.ceropapel.query.readmodel.ReadModels;

/**
 * Scenario 6: the citizen's tracking lookup ({@code POST /api/public/case-tracking} over loopback HTTP)
 * under a fixed arrival rate, open loop: requests are sent on schedule whether or not earlier ones
 * have answered, so a slow server shows as latency, not as a lower rate. Reports the rate achieved,
 * p50 and p99 latency and the errors (any answer but 200).
 */
final class TrackingLoadScenario {

    static final String HEADER = """
            | scenario | target (req/s) | achieved (req/s) | p50 (ms) | p99 (ms) | errors |
            |---|---:|---:|---:|---:|---:|""";

    private final WebServerApplicationContext app;
    private final int rate;
    private final Duration duration;

    TrackingLoadScenario(WebServerApplicationContext app, int rate, Duration duration) {
        this.app = app;
        this.rate = rate;
        this.duration = duration;
    }

    String run() throws Exception {
        FiledDocument filed = app.getBean(DocumentRegistration.class).registerRequest(
                new DocumentMetadata(DocumentType.SOLICITUD, "Solicitud de constancia de calibración", "INACAL/GG"),
                DocumentRegistration.INTAKE_AUTHOR,
                new Applicant(IdentityDocumentType.DNI, "40000001", "Rosa Flores", "rosa@example.pe"),
                new ByteArrayInputStream(TextPdf.render(new BenchText(3).words(200))));
        awaitProjected();
        String body = "{\"trackingCode\":\"" + filed.trackingCode() + "\",\"accessKey\":\"" + filed.accessKey() + "\"}";
        URI uri = URI.create("http://127.0.0.1:" + app.getWebServer().getPort() + "/api/public/case-tracking");
        HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(16)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        for (int i = 0; i < 500; i++) {
            client.send(request, HttpResponse.BodyHandlers.discarding());
        }
        int total = (int) (rate * duration.toSeconds());
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch answered = new CountDownLatch(total);
        AtomicInteger sent = new AtomicInteger();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        clock.scheduleAtFixedRate(() -> {
            if (sent.getAndIncrement() >= total) {
                return;
            }
            long t0 = System.nanoTime();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                latencies.add(System.nanoTime() - t0);
                if (failure != null || response.statusCode() != 200) {
                    errors.incrementAndGet();
                }
                answered.countDown();
            });
        }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
        answered.await(duration.toSeconds() + 60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        clock.shutdownNow();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(Locale.ROOT, "| 6. citizen tracking lookup, %d s | %d | %.0f | %.1f | %.1f | %d |",
                duration.toSeconds(), rate, sorted.length / seconds, percentile(sorted, 0.5), percentile(sorted, 0.99),
                errors.get() + (total - sorted.length));
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

    private static double percentile(long[] sortedNanos, double fraction) {
        return sortedNanos.length == 0 ? Double.NaN
                : sortedNanos[(int) Math.ceil(sortedNanos.length * fraction) - 1] / 1e6;
    }
}
