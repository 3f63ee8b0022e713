package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.ceropapel.signature.pdf.TestPdfs;

/**
 * Stops the application, gracefully and with {@code kill -9}, and starts it again on the same data
 * directory: documents, events, objects and index entries are all still there, and nothing is
 * seeded or indexed twice.
 */
class RestartIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepEverythingAcrossGracefulAndAbruptRestarts() throws Exception {
        Path log = Files.createDirectories(Path.of("target")).resolve("restart-test-application.log").toAbsolutePath();
        byte[] pdf = TestPdfs.withPages("Informe de verificación de medidores de agua potable");
        String id;

        try (ApplicationProcess first = ApplicationProcess.start(dataDir, ApplicationProcess.webPort(), log)) {
            System.out.printf("first start (empty data, with sample data seeding): %d ms%n", first.startup().toMillis());
            assertThat(auditTrailOf(first, "system").split("\"DocumentRegisteredEvent\"", -1))
                    .as("all six sample documents are registered when the application reports UP").hasSize(6 + 1);
            awaitHits(first, "balanzas", 1);
            id = upload(first, pdf);
            awaitHits(first, "medidores", 1);
            first.kill();
        }

        try (ApplicationProcess second = ApplicationProcess.start(dataDir, ApplicationProcess.webPort(), log)) {
            System.out.printf("start after kill -9: %d ms%n", second.startup().toMillis());
            assertStillServed(second, id, pdf);
            assertThat(second.stop()).as("exit code after SIGTERM").isIn(0, 143);
        }

        try (ApplicationProcess third = ApplicationProcess.start(dataDir, ApplicationProcess.webPort(), log)) {
            System.out.printf("start after graceful stop: %d ms%n", third.startup().toMillis());
            assertStillServed(third, id, pdf);
            assertThat(hits(third, "balanzas")).as("sample data is seeded only once").isEqualTo(1);
            third.stop();
        }
    }

    private void assertStillServed(ApplicationProcess app, String id, byte[] pdf) throws Exception {
        awaitHits(app, "medidores", 1);
        RemoteApi.Answer content = new RemoteApi(app.url()).get("jperez", "/api/documents/" + id + "/content");
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(pdf);
    }

    private void awaitHits(ApplicationProcess app, String word, int expected) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> hits(app, word) == expected);
    }

    private String auditTrailOf(ApplicationProcess app, String username) throws IOException, InterruptedException {
        RemoteApi.Answer trail = new RemoteApi(app.url()).get("admin", "/api/audit/people/" + username);
        String body = new String(trail.body(), StandardCharsets.UTF_8);
        assertThat(trail.status()).as(body).isEqualTo(200);
        return body;
    }

    private int hits(ApplicationProcess app, String word) throws IOException, InterruptedException {
        RemoteApi.Answer search = new RemoteApi(app.url()).get("jperez", "/api/search?q=" + word);
        assertThat(search.status()).isEqualTo(200);
        return ((Number) search.as(Map.class).get("total")).intValue();
    }

    private String upload(ApplicationProcess app, byte[] pdf) throws IOException, InterruptedException {
        RemoteApi.Answer filed = new RemoteApi(app.url()).register("jperez", Map.of("type", "INFORME",
                "subject", "Verificación de medidores", "office", "INACAL/DM"), pdf, "restart-" + UUID.randomUUID());
        assertThat(filed.status()).as(new String(filed.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        return (String) filed.as(Map.class).get("id");
    }
}
