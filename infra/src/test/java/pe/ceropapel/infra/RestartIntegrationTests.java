package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.ceropapel.signature.pdf.TestPdfs;

/**
 * Stops the application, gracefully and with {@code kill -9}, and starts it again on the same data
 * directory: documents, events, objects and index entries are all still there, and nothing is
 * seeded or indexed twice.
 */
class RestartIntegrationTests {

    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString("jperez:demo".getBytes(StandardCharsets.UTF_8));
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newHttpClient();

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
        HttpResponse<byte[]> content = client.send(get(app, "/api/documents/" + id + "/content"),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(pdf);
    }

    private void awaitHits(ApplicationProcess app, String word, int expected) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> hits(app, word) == expected);
    }

    private String auditTrailOf(ApplicationProcess app, String username) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(app.uri("/api/audit/people/" + username))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private int hits(ApplicationProcess app, String word) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(get(app, "/api/search?q=" + word), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        Matcher total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(response.body());
        assertThat(total.find()).isTrue();
        return Integer.parseInt(total.group(1));
    }

    private String upload(ApplicationProcess app, byte[] pdf) throws IOException, InterruptedException {
        String boundary = UUID.randomUUID().toString();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                + "Content-Type: application/json\r\n\r\n"
                + "{\"type\":\"INFORME\",\"subject\":\"Verificación de medidores\",\"office\":\"INACAL/DM\"}\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(app.uri("/api/documents"))
                .header("Authorization", AUTH)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofByteArray(pdf), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        Matcher id = ID.matcher(response.body());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    private static HttpRequest get(ApplicationProcess app, String path) {
        return HttpRequest.newBuilder(app.uri(path)).header("Authorization", AUTH).build();
    }
}
