package pe.ceropapel.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import pe.ceropapel.infra.CeroPapelApplication;
import pe.ceropapel.infra.embedded.FreePort;

/**
 * Starts the application on fresh embedded engines and prints a markdown table of every scenario:
 * our path beside the raw limit of the same engine, measured in the same run after a warm-up.
 * The tracking processors are paused while measuring so that each row measures one path, not two. The demo
 * directory is seeded because only people of an office may register its documents.
 */
public final class BenchmarkRunner {

    private BenchmarkRunner() {
    }

    public static void main(String[] args) {
        // a thread that the application leaves behind must not keep the benchmark's JVM running,
        // whether the run ends or fails
        try {
            run();
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run() throws Exception {
        int rounds = Integer.parseInt(System.getProperty("bench.rounds", "5"));
        Set<String> scenarios = Set.of(System.getProperty("bench.scenarios", "1,2,3,4,5,6,7,8").split(","));
        Path dataDir = Files.createTempDirectory("ceropapel-bench-");
        try {
            run(rounds, scenarios, dataDir);
        } finally {
            // the engines' data of a run (gigabytes after scenarios 5 and 7) is of no use afterwards
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    private static void run(int rounds, Set<String> scenarios, Path dataDir) throws Exception {
        int port = FreePort.orFree(0);
        BenchIdentity identity = new BenchIdentity(dataDir);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CeroPapelApplication.class)
                .run("--server.port=" + port, "--ceropapel.signature.public-url=http://127.0.0.1:" + port,
                        "--ceropapel.data-dir=" + dataDir, "--ceropapel.sample-data=true",
                        "--ceropapel.upload.max-size=512MB", "--logging.level.root=warn",
                        // the tracking scenario measures the lookup, not the limit that protects it
                        "--ceropapel.public.requests-per-minute=100000000", identity.applicationArgument())) {
            // the raw inserts share the event table's sequence: a running tracking processor would
            // collect every number they take as a gap in its token
            app.getBean(EventProcessingConfiguration.class).eventProcessors().values().forEach(EventProcessor::shutDown);
            List<Row> rows = new ArrayList<>();
            if (scenarios.contains("1")) {
                rows.addAll(new RegisterScenario(app, rounds).run());
            }
            List<String> uploadCpuLines = List.of();
            if (scenarios.contains("2")) {
                UploadScenario uploads = new UploadScenario((WebServerApplicationContext) app, identity, rounds);
                rows.addAll(uploads.run());
                uploadCpuLines = uploads.cpuLines();
                rows.add(new SmallHeapUploadScenario(app, identity).run());
            }
            if (scenarios.contains("3")) {
                rows.addAll(new SignScenario(app, rounds).run());
            }
            if (scenarios.contains("4")) {
                rows.addAll(new ProjectionScenario(app, Integer.getInteger("bench.projection.events", 100_000)).run());
            }
            List<String> searchLines = scenarios.contains("5")
                    ? new SearchScenario(app, Arrays.stream(System.getProperty("bench.search.sizes",
                            "100000,1000000").split(",")).map(Integer::valueOf).toList()).run()
                    : List.of();
            System.out.printf("%nCero Papel benchmarks, %s, %d cores, %d MB max heap, %d rounds%n%n",
                    LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), rounds);
            System.out.println(Row.HEADER);
            rows.forEach(row -> System.out.println(row.markdown()));
            if (!uploadCpuLines.isEmpty()) {
                System.out.printf("%n%s%n", UploadScenario.CPU_HEADER);
                uploadCpuLines.forEach(System.out::println);
            }
            String trackingLine = scenarios.contains("6") ? new TrackingLoadScenario((WebServerApplicationContext) app,
                    Integer.getInteger("bench.tracking.rate", 500), Duration.ofSeconds(30)).run() : null;
            if (!searchLines.isEmpty()) {
                System.out.printf("%n%s%n", SearchScenario.HEADER);
                searchLines.forEach(System.out::println);
            }
            if (trackingLine != null) {
                System.out.printf("%n%s%n%s%n", TrackingLoadScenario.HEADER, trackingLine);
            }
            if (scenarios.contains("8")) {
                System.out.printf("%n%s%n%s%n", BatchSigningScenario.HEADER,
                        new BatchSigningScenario(app, Integer.getInteger("bench.batch.documents", 500)).run());
            }
            if (scenarios.contains("7")) {
                // last: the generated events are never projected (the processors stay paused)
                List<String> growth = new GrowthScenario(app, Arrays.stream(System.getProperty("bench.growth.sizes",
                        "10000,100000,1000000").split(",")).map(Integer::valueOf).toList(), rounds).run();
                System.out.printf("%n%s%n", GrowthScenario.HEADER);
                growth.forEach(System.out::println);
            }
        }
    }
}
