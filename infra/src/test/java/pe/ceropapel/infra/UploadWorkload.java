package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.ceropapel.api.document.DocumentRegisteredEvent;

/**
 * A client that keeps registering documents, one after the other, while a test takes an engine away:
 * it keeps every answer, and checks afterwards that nothing was lost (every acknowledged document was
 * registered) and nothing duplicated (each once, and nothing registered for a refused request).
 */
final class UploadWorkload implements AutoCloseable {

    /** One answer: its status, its problem type when refused, the document's id when created. */
    record Answer(int status, String type, String id) {
    }

    /** Sends the {@code n}th registration, whose subject starts with {@code subject}. */
    interface Upload {
        Answer send(String subject, int n) throws Exception;
    }

    private final String marker = "carga" + System.nanoTime();
    private final String subject = "Informe bajo " + marker;
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService client = Executors.newSingleThreadExecutor();
    private final Future<?> load;

    /** Starts sending, waiting {@code pause} after each answer. */
    UploadWorkload(Upload upload, Duration pause) {
        load = client.submit(() -> {
            for (int n = 0; running.get(); n++) {
                answers.add(upload.send(subject, n));
                Thread.sleep(pause.toMillis());
            }
            return null;
        });
    }

    /** A word in every subject of this workload, to search for. */
    String marker() {
        return marker;
    }

    List<String> acknowledged() {
        return answers.stream().map(Answer::id).filter(Objects::nonNull).toList();
    }

    /** Waits until {@code more} further documents are acknowledged. */
    void awaitAcknowledged(int more) {
        int before = acknowledged().size();
        await().atMost(Duration.ofSeconds(90)).until(() -> acknowledged().size() >= before + more);
    }

    /** Waits until {@code count} requests were refused with {@code type}. */
    void awaitRefused(int count, String type) {
        await().atMost(Duration.ofSeconds(90)).until(() -> answers.stream().filter(a -> type.equals(a.type())).count()
                >= count);
    }

    /** Stops sending; fails if the client itself failed. */
    @Override
    public void close() throws Exception {
        running.set(false);
        try {
            load.get();
        } finally {
            client.shutdown();
        }
    }

    /** Every answer was a registration. */
    void assertEveryAnswerCreated() {
        assertEveryAnswerCreatedOrRefusedWith(null);
    }

    /** Every answer was a registration or a refusal of the expected type; prints how many of each. */
    void assertEveryAnswerCreatedOrRefusedWith(String problemType) {
        System.out.printf("under load: %d created, %d refused with %s%n", acknowledged().size(),
                answers.stream().filter(a -> a.status() == 503).count(), problemType);
        assertThat(answers).as("every answer under load: created, or refused while the engine was away")
                .allMatch(a -> a.status() == 201 && a.id() != null || a.status() == 503 && problemType != null
                        && problemType.equals(a.type()));
    }

    /** The event store registered each acknowledged document once, and nothing else of this workload. */
    void assertNothingLostOrDuplicated(JdbcTemplate jdbc) {
        List<String> registered = jdbc.queryForList("SELECT aggregateidentifier FROM domainevententry "
                + "WHERE payloadtype = ? AND convert_from(payload, 'UTF8')::json ->> 'subject' LIKE ?", String.class,
                DocumentRegisteredEvent.class.getName(), subject + " %");
        assertThat(registered).as("registered by the workload").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(acknowledged());
    }
}
