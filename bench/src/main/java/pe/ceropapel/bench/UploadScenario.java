package pe.ceropapel.bench;

import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.springframework.boot.web.context.WebServerApplicationContext;
import pe.ceropapel.storage.MinioObjectStorage;
import pe.ceropapel.storage.NoDelaySocketFactory;
import pe.ceropapel.storage.S3Endpoint;

/**
 * Scenario 2: a multipart upload through the REST API (spooled, parsed, hashed, stored under its
 * digest, command sent) beside a raw MinIO-client {@code putObject} of the same bytes, in requests of
 * the same size as the application's.
 */
final class UploadScenario {

    static final String CPU_HEADER = """
            | upload | cores busy: ours | cores busy: raw | CPU per MB (ms): ours | CPU per MB (ms): raw |
            |---|---:|---:|---:|---:|""";

    private static final int[][] SIZES_AND_OPS = {{100 * 1024, 100}, {10 * 1024 * 1024, 10}};
    /** Every upload sends a PDF no earlier upload sent, so that content-addressed storage stores each one. */
    private final AtomicInteger variants = new AtomicInteger();

    private final URI documents;
    private final String authorization;
    private final S3Endpoint endpoint;
    private final int rounds;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> cpuLines = new ArrayList<>();

    UploadScenario(WebServerApplicationContext app, BenchIdentity identity, int rounds) {
        this.authorization = identity.authorization(BenchIdentity.UPLOADER);
        this.documents = URI.create("http://127.0.0.1:" + app.getWebServer().getPort() + "/api/documents");
        this.endpoint = app.getBean(S3Endpoint.class);
        this.rounds = rounds;
    }

    List<Row> run() throws Exception {
        MinioClient minio = MinioClient.builder().endpoint(endpoint.url())
                .credentials(endpoint.accessKey(), endpoint.secretKey())
                .httpClient(new OkHttpClient.Builder().socketFactory(new NoDelaySocketFactory()).build())
                .build();
        List<BenchPdf> pdfs = new ArrayList<>();
        for (int[] sizeAndOps : SIZES_AND_OPS) {
            pdfs.add(new BenchPdf(sizeAndOps[0]));
        }
        int warmUpRuns = JitWarmUp.until(() -> {
            for (int i = 0; i < pdfs.size(); i++) {
                LoadRunner warmUp = new LoadRunner(1, SIZES_AND_OPS[i][1], 1);
                warmUp.run(ours(pdfs.get(i)));
                warmUp.run(raw(pdfs.get(i), minio));
            }
        });
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < pdfs.size(); i++) {
            BenchPdf pdf = pdfs.get(i);
            LoadRunner runner = new LoadRunner(1, SIZES_AND_OPS[i][1], rounds);
            double mb = pdf.size() / (1024.0 * 1024.0);
            HeapPeak.reset();
            CpuUse oursCpu = new CpuUse();
            LoadRunner.Result ours = runner.run(ours(pdf));
            oursCpu.stop(ours.calls() * mb);
            long heap = HeapPeak.megabytes();
            CpuUse rawCpu = new CpuUse();
            LoadRunner.Result raw = runner.run(raw(pdf, minio));
            rawCpu.stop(raw.calls() * mb);
            cpuLines.add(String.format(Locale.ROOT, "| %.1f MB | %.2f | %.2f | %.1f | %.1f |", mb, oursCpu.cores,
                    rawCpu.cores, oursCpu.millisPerMb, rawCpu.millisPerMb));
            rows.add(new Row(String.format(Locale.ROOT, "2. upload %.1f MB, 1 client, after %d warm-up runs", mb,
                    warmUpRuns), "MB/s", ours.opsPerSecond() * mb, raw.opsPerSecond() * mb, ours.p99Millis(), heap));
        }
        return rows;
    }

    /**
     * The machine's CPU use during the last {@link #run()}, per size: how many cores were busy on
     * average, and the busy CPU time per megabyte uploaded. A path that keeps every core busy is bound
     * by the CPU: its throughput can only rise as its CPU per megabyte falls.
     */
    List<String> cpuLines() {
        return cpuLines;
    }

    /** The machine's busy time from its creation to {@link #stop}. */
    private static final class CpuUse {

        private final long start = System.nanoTime();
        private final double busyAtStart = MachineCpu.busyMillis();
        private double cores;
        private double millisPerMb;

        void stop(double megabytes) {
            double busy = MachineCpu.busyMillis() - busyAtStart;
            cores = busy / ((System.nanoTime() - start) / 1e6);
            millisPerMb = busy / megabytes;
        }
    }

    private LoadRunner.Operation ours(BenchPdf pdf) {
        return sequence -> upload(pdf.variant(variants.incrementAndGet()));
    }

    private LoadRunner.Operation raw(BenchPdf pdf, MinioClient minio) {
        return sequence -> {
            byte[] bytes = pdf.variant(variants.incrementAndGet());
            minio.putObject(PutObjectArgs.builder().bucket(endpoint.bucket()).object("bench/" + UUID.randomUUID())
                    .stream(new ByteArrayInputStream(bytes), bytes.length, MinioObjectStorage.PART_SIZE).build());
        };
    }

    private void upload(byte[] pdf) throws Exception {
        HttpResponse<String> response = http.send(PdfUploads.request(documents, authorization, "Prueba de rendimiento",
                HttpRequest.BodyPublishers.ofByteArray(pdf)), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("upload answered " + response.statusCode() + ": " + response.body());
        }
    }
}
