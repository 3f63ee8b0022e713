package pe.ceropapel.bench;

import io.minio.MinioClient;
import io.minio.UploadObjectArgs;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.util.FileSystemUtils;
import pe.ceropapel.infra.embedded.FreePort;
import pe.ceropapel.storage.MinioObjectStorage;
import pe.ceropapel.storage.S3Endpoint;

/**
 * Scenario 2, largest file: a 200 MB PDF uploaded through the API of the application started on its
 * own with a 256 MB heap ({@code java -Xmx256m -jar infra/target/ceropapel-exec.jar}, embedded engines
 * in the same process), beside a raw MinIO-client upload of the same file: the median of three uploads
 * each, after two that warm both paths up. Every upload must succeed:
 * the body is spooled to disk while hashed and parsed with disk-backed buffers, never held in memory.
 */
final class SmallHeapUploadScenario {

    static final int HEAP_MB = 256;
    private static final int BYTES = 200 * 1024 * 1024;
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(4);
    /** The first uploads into a fresh process run its code before the compiler optimised it. */
    private static final int WARM_UP_UPLOADS = 2;
    private static final int ROUNDS = 3;

    private final S3Endpoint endpoint;
    private final Path jar;
    private final BenchIdentity identity;
    private final HttpClient http = HttpClient.newHttpClient();

    SmallHeapUploadScenario(ApplicationContext app, BenchIdentity identity) {
        this.identity = identity;
        this.endpoint = app.getBean(S3Endpoint.class);
        this.jar = Path.of(System.getProperty("bench.jar", "../infra/target/ceropapel-exec.jar"));
    }

    Row run() throws Exception {
        Path dir = Files.createTempDirectory("ceropapel-bench-small-heap-");
        Path pdf = dir.resolve("grande.pdf");
        BenchPdf.write(pdf, BYTES);
        double megabytes = Files.size(pdf) / (1024.0 * 1024.0);
        int port = FreePort.orFree(0);
        Process app = new ProcessBuilder("java", "-Xmx" + HEAP_MB + "m", "-jar", jar.toString(),
                "--server.port=" + port, "--ceropapel.data-dir=" + dir.resolve("data"),
                "--ceropapel.upload.max-size=300MB", "--logging.level.root=warn", identity.applicationArgument())
                .redirectErrorStream(true).redirectOutput(dir.resolve("application.log").toFile()).start();
        try {
            awaitHealthy(app, port);
            MinioClient minio = MinioClient.builder().endpoint(endpoint.url())
                    .credentials(endpoint.accessKey(), endpoint.secretKey()).build();
            int variant = 0;
            for (int i = 0; i < WARM_UP_UPLOADS; i++) {
                BenchPdf.makeVariant(pdf, ++variant);
                upload(port, pdf);
                uploadRaw(minio, pdf);
            }
            long[] ours = new long[ROUNDS];
            long[] raw = new long[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                // different bytes for every upload through the API, which would not store the same ones again
                BenchPdf.makeVariant(pdf, ++variant);
                ours[round] = nanos(n -> upload(port, pdf));
                raw[round] = nanos(n -> uploadRaw(minio, pdf));
            }
            System.out.printf("200 MB upload with -Xmx%dm: peak resident set %d MB, log %s%n", HEAP_MB,
                    peakResidentMegabytes(app), dir.resolve("application.log"));
            return new Row(String.format("2. upload %.0f MB, 1 client, application heap %d MB, after %d warm-up runs",
                    megabytes, HEAP_MB, WARM_UP_UPLOADS), "MB/s", megabytesPerSecond(megabytes, ours), megabytesPerSecond(megabytes, raw), Double.NaN, HEAP_MB);
        } finally {
            app.destroy();
            app.waitFor();
            // the log stays for reading; the PDF and the engines' data (~450 MB) go
            Files.delete(pdf);
            FileSystemUtils.deleteRecursively(dir.resolve("data"));
        }
    }

    private void upload(int port, Path pdf) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(PdfUploads.request(URI.create("http://127.0.0.1:" + port
                + "/api/documents"), identity.authorization(BenchIdentity.UPLOADER), "Informe con planos escaneados", HttpRequest.BodyPublishers.ofFile(pdf)),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("the 200 MB upload answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private void uploadRaw(MinioClient minio, Path pdf) throws Exception {
        minio.uploadObject(UploadObjectArgs.builder().bucket(endpoint.bucket()).object("bench-raw-" + UUID.randomUUID())
                .filename(pdf.toString(), MinioObjectStorage.PART_SIZE).build());
    }

    private static long nanos(LoadRunner.Operation upload) throws Exception {
        long start = System.nanoTime();
        upload.run(0);
        return System.nanoTime() - start;
    }

    /** At the median duration. */
    private static double megabytesPerSecond(double megabytes, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return megabytes / (Percentiles.millis(sorted, 0.5) / 1e3);
    }

    private void awaitHealthy(Process app, int port) throws InterruptedException {
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        while (System.nanoTime() < deadline && app.isAlive()) {
            try {
                if (http.send(health, HttpResponse.BodyHandlers.ofString()).body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException starting) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the application with a " + HEAP_MB + " MB heap did not start");
    }

    /** The process's peak resident set size (VmHWM), from Linux's process status. */
    private static long peakResidentMegabytes(Process app) throws IOException {
        List<String> status = Files.readAllLines(Path.of("/proc", String.valueOf(app.pid()), "status"));
        return status.stream().filter(line -> line.startsWith("VmHWM:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
    }
}
