package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import pe.ceropapel.infra.objects.UnreferencedObjectCollector;
import pe.ceropapel.signature.pdf.TestPdfs;
import pe.ceropapel.storage.IntegrityViolationException;
import pe.ceropapel.storage.MinioObjectStorage;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.Sha256;

/**
 * Stored objects are shared by everyone who stores the same bytes: a refused upload never removes
 * what another request refers to, bytes never land under a digest they do not have, and only the
 * collector removes objects, those no event refers to and nobody claimed for the grace period.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class ObjectCollectionIntegrationTests extends EmbeddedApplicationTestBase {

    private static final int TRIALS = 30;

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ObjectStorage storage;
    @Autowired
    private UnreferencedObjectCollector collector;
    @Autowired
    private MeterRegistry meters;

    private JsonApi api;

    @BeforeEach
    void setUp() {
        new TestDirectory(http).office("INACAL/DM", "Dirección de Metrología").person("mquispe", "20000002", "INACAL/DM")
                .office("INACAL/DN", "Dirección de Normalización").person("lrojas", "20000003", "INACAL/DN", "HEAD");
        api = new JsonApi(http);
    }

    @Test
    void shouldKeepARegisteredPdfWhileSomeoneElsesRefusedUploadsOfTheSameBytesRaceWithIt() throws Exception {
        String othersDraft = api.register("mquispe", "INFORME", "Borrador de otra persona", "INACAL/DM", false,
                TestPdfs.withPages("Borrador de mquispe")).get("id");
        ExecutorService attacker = Executors.newSingleThreadExecutor();
        int refused = 0;
        try {
            for (int trial = 1; trial <= TRIALS; trial++) {
                byte[] pdf = TestPdfs.withPages("Informe de calibración de balanzas, intento " + trial + " " + System.nanoTime());
                AtomicBoolean registered = new AtomicBoolean();
                Future<Integer> uploads = attacker.submit(() -> {
                    int sent = 0;
                    do {
                        HttpStatus status = HttpStatus.valueOf(replaceContent("lrojas", othersDraft, pdf).getStatusCode().value());
                        assertThat(status.is4xxClientError()).as("someone else's draft refuses the upload").isTrue();
                        sent++;
                    } while (!registered.get() || sent < 2);
                    return sent;
                });
                ResponseEntity<Map> registration = api.upload("mquispe", "INFORME", "Informe " + trial, "INACAL/DM",
                        false, pdf, JsonApi.READ_YOUR_WRITES, "true");
                registered.set(true);
                refused += uploads.get();

                assertThat(registration.getStatusCode()).isEqualTo(HttpStatus.CREATED);
                byte[] read = api.as("mquispe").getForObject("/api/documents/{id}/content", byte[].class,
                        registration.getBody().get("id"));
                assertThat(read).as("trial %d: the registered document's PDF", trial).isEqualTo(pdf);
            }
        } finally {
            attacker.shutdownNow();
        }
        System.out.printf("Refused-upload race: %d trials, %d refused uploads of the same bytes, every PDF readable%n",
                TRIALS, refused);
    }

    @Test
    void shouldRemoveOnlyObjectsNoEventRefersToOnceUnclaimedForTheGracePeriod() throws IOException {
        byte[] referencedPdf = TestPdfs.withPages("Informe registrado hace dos días " + System.nanoTime());
        api.register("mquispe", "INFORME", "Informe antiguo", "INACAL/DM", false, referencedPdf);
        String referenced = Sha256.of(referencedPdf);
        String abandoned = putBytes("Subida rechazada hace dos días");
        String recent = putBytes("Subida rechazada hace un momento");
        String legacyRecent = putBytes("Objeto anterior a los reclamos, escrito hace un momento");
        jdbc.update("UPDATE stored_object SET claimed_at = now() - interval '2 days' WHERE sha256 IN (?, ?)",
                referenced, abandoned);
        jdbc.update("DELETE FROM stored_object WHERE sha256 = ?", legacyRecent);
        double collectedBefore = meters.counter("ceropapel.objects.collected").count();

        UnreferencedObjectCollector.Collection collection = collector.collect();

        assertThat(storage.exists(ObjectStorage.keyFor(abandoned))).as("unreferenced, unclaimed for two days").isFalse();
        assertThat(storage.exists(ObjectStorage.keyFor(referenced))).as("an event refers to it").isTrue();
        assertThat(storage.exists(ObjectStorage.keyFor(recent))).as("claimed a moment ago").isTrue();
        assertThat(storage.exists(ObjectStorage.keyFor(legacyRecent))).as("no claim, written a moment ago").isTrue();
        try (InputStream in = storage.open(ObjectStorage.keyFor(referenced), referenced)) {
            assertThat(in.readAllBytes()).isEqualTo(referencedPdf);
        }
        assertThat(collection.removed()).isGreaterThanOrEqualTo(1);
        assertThat(meters.counter("ceropapel.objects.collected").count() - collectedBefore)
                .isEqualTo(collection.removed());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_name = ?", Long.class,
                "collect-unreferenced-objects")).as("the collector is a recurring task of db-scheduler").isOne();
    }

    @Test
    void shouldStoreAnObjectAgainWhenAnUploadClaimsItAfterTheCollectorRemovedIt() throws IOException {
        byte[] bytes = ("Anexo subido de nuevo " + System.nanoTime()).getBytes();
        String sha256 = Sha256.of(bytes);
        storage.put(new ByteArrayInputStream(bytes), bytes.length, sha256, "text/plain");
        jdbc.update("UPDATE stored_object SET claimed_at = now() - interval '2 days' WHERE sha256 = ?", sha256);
        collector.collect();
        assertThat(storage.exists(ObjectStorage.keyFor(sha256))).isFalse();

        assertThat(storage.put(new ByteArrayInputStream(bytes), bytes.length, sha256, "text/plain").created()).isTrue();

        try (InputStream in = storage.open(ObjectStorage.keyFor(sha256), sha256)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void shouldNeverStoreBytesUnderADigestTheyDoNotHaveInOnePartOrInMany() {
        for (int size : new int[] {64 * 1024, (int) MinioObjectStorage.PART_SIZE + 1024 * 1024}) {
            byte[] announced = randomBytes(size, 1);
            byte[] sent = randomBytes(size, 2);
            String sha256 = Sha256.of(announced);

            assertThatThrownBy(() -> storage.put(new ByteArrayInputStream(sent), size, sha256, "application/pdf"))
                    .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IntegrityViolationException.class);

            assertThat(storage.exists(ObjectStorage.keyFor(sha256))).as("%d bytes: nothing under the digest", size)
                    .isFalse();
        }
    }

    @Test
    void shouldKeepTheRightBytesWhenAnUploadWithOtherBytesAnnouncesTheSameDigestAtTheSameTime() throws Exception {
        for (int trial = 1; trial <= TRIALS; trial++) {
            byte[] right = randomBytes(512 * 1024, 100 + trial);
            byte[] wrong = randomBytes(right.length, 200 + trial);
            String sha256 = Sha256.of(right);

            CompletableFuture<Void> corrupt = CompletableFuture.runAsync(() -> {
                try {
                    storage.put(new ByteArrayInputStream(wrong), wrong.length, sha256, "application/pdf");
                } catch (UncheckedIOException refused) {
                    assertThat(refused).hasCauseInstanceOf(IntegrityViolationException.class);
                }
            });
            storage.put(new ByteArrayInputStream(right), right.length, sha256, "application/pdf");
            corrupt.get();

            try (InputStream in = storage.open(ObjectStorage.keyFor(sha256), sha256)) {
                assertThat(in.readAllBytes()).as("trial %d", trial).isEqualTo(right);
            }
        }
    }

    private String putBytes(String text) {
        byte[] pdf = TestPdfs.withPages(text + " " + System.nanoTime());
        String sha256 = Sha256.of(pdf);
        storage.put(new ByteArrayInputStream(pdf), pdf.length, sha256, "application/pdf");
        return sha256;
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private ResponseEntity<Map> replaceContent(String user, String documentId, byte[] pdf) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", JsonApi.part(MediaType.APPLICATION_PDF, pdf, "documento.pdf"));
        return api.as(user).exchange("/api/documents/{id}/content", HttpMethod.PUT,
                new HttpEntity<>(parts, JsonApi.multipart()), Map.class, documentId);
    }
}
