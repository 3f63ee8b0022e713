package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.ceropapel.signature.pdf.TestPdfs;
import pe.ceropapel.storage.Sha256;

/**
 * The application killed with {@code kill -9} while people register, sign and derive documents, and
 * started again on the same data: every request the clients send again with its Idempotency-Key is
 * done exactly once, so no event, number or derivation is lost or duplicated, and every PDF and
 * index entry is there.
 */
class CrashRecoveryIntegrationTests {

    private static final int DOCUMENTS = 8;
    private static final String OFFICE = "INACAL/DM";

    @TempDir
    Path dataDir;

    @Test
    void shouldLoseNorRepeatAnythingWhenKilledDuringSigningAndDerivation() throws Exception {
        Path log = Files.createDirectories(Path.of("target")).resolve("crash-test-application.log").toAbsolutePath();
        int port = ApplicationProcess.webPort();
        String marker = "choque" + System.nanoTime();
        ApplicationProcess app = ApplicationProcess.start(dataDir, port, log);
        try {
            Workload workload = new Workload(new RemoteApi(app.url()), marker);
            Thread clients = new Thread(workload, "crash-test-clients");
            clients.start();
            // first while the third document is being signed, then while the fifth is being derived
            app = killAndRestartAfter(app, workload, 2 * Workload.STEPS + 2, Duration.ofMillis(150), log, port);
            app = killAndRestartAfter(app, workload, 4 * Workload.STEPS + 3, Duration.ofMillis(30), log, port);
            clients.join(Duration.ofMinutes(5).toMillis());
            assertThat(workload.failure).as("the clients' failure").isNull();
            assertThat(workload.results).hasSize(DOCUMENTS);
            System.out.printf("requests sent again after a failure: %d%n", workload.resent.get());

            RemoteApi api = new RemoteApi(app.url());
            assertEachDocumentDoneOnce(api, workload.results);
            assertNumbersConsecutive(workload.results);
            assertRepeatsChangeNothing(api, workload);
            assertStoredAndIndexedOnce(api, workload.results, marker);
        } finally {
            app.close();
        }
    }

    private ApplicationProcess killAndRestartAfter(ApplicationProcess app, Workload workload, int steps,
                                                          Duration delay, Path log, int port) throws Exception {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(5))
                .until(() -> workload.answered.get() >= steps || workload.failure != null);
        Thread.sleep(delay.toMillis());
        app.kill();
        System.out.printf("killed after %d answered requests%n", workload.answered.get());
        ApplicationProcess restarted = ApplicationProcess.start(dataDir, port, log);
        System.out.printf("started again in %d ms%n", restarted.startup().toMillis());
        return restarted;
    }

    private static void assertEachDocumentDoneOnce(RemoteApi api, List<Result> results) throws Exception {
        for (Result result : results) {
            List<Map<String, Object>> trail = api.get("admin", "/api/audit/documents/" + result.id()).as(List.class);
            assertThat(trail).extracting(entry -> entry.get("event")).as(result.id())
                    .containsOnlyOnce("DocumentRegisteredEvent", "SignaturePlanSetEvent", "DocumentSignedEvent",
                            "DocumentNumberedEvent", "DocumentIssuedEvent", "VerificationCodeAssignedEvent",
                            "DocumentDerivedEvent");
            String derived = trail.stream().filter(entry -> "DocumentDerivedEvent".equals(entry.get("event")))
                    .map(entry -> (String) entry.get("payload")).findFirst().orElseThrow();
            assertThat(derived).contains(result.derivationId());
        }
    }

    private static void assertNumbersConsecutive(List<Result> results) {
        String year = String.valueOf(Year.now(ZoneId.of("America/Lima")).getValue());
        List<Integer> correlatives = new ArrayList<>();
        for (Result result : results) {
            assertThat(result.number()).matches("OFICIO N° \\d{6}-" + year + "-" + OFFICE);
            correlatives.add(Integer.parseInt(result.number().substring(10, 16)));
        }
        Collections.sort(correlatives);
        int first = correlatives.get(0);
        assertThat(correlatives).as("no number lost or given twice")
                .isEqualTo(IntStream.range(first, first + results.size()).boxed().toList());
    }

    /** Every request sent once more with its key: the same answer, and no event anywhere. */
    private static void assertRepeatsChangeNothing(RemoteApi api, Workload workload) throws Exception {
        Map<String, Integer> trailLengths = new ConcurrentHashMap<>();
        for (Result result : workload.results) {
            trailLengths.put(result.id(), api.get("admin", "/api/audit/documents/" + result.id()).as(List.class).size());
        }
        for (Result result : workload.results) {
            Result repeated = workload.document(result.index());
            assertThat(repeated).isEqualTo(result);
        }
        for (Result result : workload.results) {
            assertThat(api.get("admin", "/api/audit/documents/" + result.id()).as(List.class))
                    .hasSize(trailLengths.get(result.id()));
        }
    }

    private static void assertStoredAndIndexedOnce(RemoteApi api, List<Result> results, String marker) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Map<String, Object> found = api.get("mquispe", "/api/search?q=" + marker).as(Map.class);
            assertThat(((Number) found.get("total")).intValue()).isEqualTo(results.size());
        });
        results.forEach(result -> {
            try {
                RemoteApi.Answer content = api.get("mquispe", "/api/documents/" + result.id() + "/content");
                assertThat(content.status()).isEqualTo(200);
                Map<String, Object> view = api.get("mquispe", "/api/documents/" + result.id()).as(Map.class);
                assertThat(view).containsEntry("number", result.number());
                assertThat(Sha256.of(content.body())).isEqualTo(((Map<?, ?>) view.get("content")).get("sha256"));
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        });
    }

    /** What one document's requests answered. */
    record Result(int index, String id, String number, String derivationId) {
    }

    /**
     * Clients that register, plan, sign and derive documents one after the other; a request that
     * fails because the application is down is sent again, with the same key, until it is answered.
     */
    private static final class Workload implements Runnable {

        static final int STEPS = 4;

        private final RemoteApi api;
        private final String marker;
        private final AtomicInteger answered = new AtomicInteger();
        private final AtomicInteger resent = new AtomicInteger();
        private final List<Result> results = Collections.synchronizedList(new ArrayList<>());
        private final Map<Integer, byte[]> pdfs = new ConcurrentHashMap<>();
        private volatile Throwable failure;

        Workload(RemoteApi api, String marker) {
            this.api = api;
            this.marker = marker;
        }

        @Override
        public void run() {
            try {
                for (int i = 0; i < DOCUMENTS; i++) {
                    results.add(document(i));
                }
            } catch (Throwable e) {
                failure = e;
            }
        }

        Result document(int i) throws Exception {
            String keys = marker + "-" + i;
            // a client resends the very same request: the same bytes (PDFBox gives each new PDF another /ID)
            byte[] pdf = pdfs.computeIfAbsent(i, n -> TestPdfs.withPages("Oficio de prueba " + marker + " " + n));
            String id = (String) answered(() -> api.register("mquispe", Map.of("type", "OFICIO",
                    "subject", "Oficio " + i + " del " + marker, "office", OFFICE), pdf, keys + "-register"), 201)
                    .get("id");
            String document = "/api/documents/" + id;
            answered(() -> api.put("mquispe", document + "/signature-plan",
                    Map.of("signers", List.of(Map.of("username", "jperez", "role", "SIGNATURE"))), keys + "-plan"), 204);
            Map<?, ?> number = (Map<?, ?>) answered(() -> api.post("jperez", document + "/signatures",
                    Map.of("pin", EmbeddedApplicationTestBase.PIN), keys + "-sign"), 200).get("number");
            List<?> derivations = (List<?>) answered(() -> api.post("mquispe", document + "/derivations",
                    Map.of("targets", List.of(Map.of("kind", "OFFICE", "recipient", "INACAL/DN", "action", "ATENDER"))),
                    keys + "-derive"), 201).get("derivationIds");
            return new Result(i, id, (String) number.get("text"), (String) derivations.get(0));
        }

        /** Sends until the application answers; answers the JSON body of the expected status. */
        private Map<?, ?> answered(Request request, int expected) throws Exception {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (true) {
                try {
                    RemoteApi.Answer answer = request.send();
                    if (answer.status() != 503) {
                        assertThat(answer.status()).as(new String(answer.body())).isEqualTo(expected);
                        answered.incrementAndGet();
                        return answer.body().length == 0 ? Map.of() : answer.as(Map.class);
                    }
                } catch (IOException down) {
                    // killed or starting: send the same request again
                }
                assertThat(System.nanoTime()).as("answered within 3 minutes").isLessThan(deadline);
                resent.incrementAndGet();
                Thread.sleep(200);
            }
        }
    }

    @FunctionalInterface
    private interface Request {
        RemoteApi.Answer send() throws IOException, InterruptedException;
    }
}
