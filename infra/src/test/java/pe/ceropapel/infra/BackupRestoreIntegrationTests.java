package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.ceropapel.infra.backup.BackupRunner;
import pe.ceropapel.signature.pdf.TestPdfs;
import pe.ceropapel.storage.Sha256;

/**
 * A backup of this installation (database and objects) restored into a fresh data directory: the
 * restored installation rebuilds its indices from the events and finds the same documents with the
 * same search results, their PDFs byte for byte, and their signatures valid.
 */
class BackupRestoreIntegrationTests extends EmbeddedApplicationTestBase {

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private BackupRunner backups;
    @TempDir
    Path backup;
    @TempDir
    Path freshDataDir;

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldRestoreABackupIntoAFreshInstallationWithTheSameDocumentsSearchesAndValidSignatures() throws Exception {
        new TestDirectory(http).office("INACAL/DM", "Dirección de Metrología")
                .person("jperez", "20000001", "INACAL/DM", "HEAD").person("mquispe", "20000002", "INACAL/DM")
                .head("INACAL/DM", "jperez");
        JsonApi api = new JsonApi(http);
        String marker = "respaldo" + System.nanoTime();
        String id = api.register("mquispe", "INFORME", "Informe del " + marker, "INACAL/DM", false,
                TestPdfs.withPages("Contraste de pesas patrón " + marker)).get("id");
        api.put("mquispe", "/api/documents/" + id + "/signature-plan",
                "{\"signers\":[{\"username\":\"jperez\",\"role\":\"SIGNATURE\"}]}");
        assertThat(api.as("jperez").exchange("/api/documents/" + id + "/signatures", HttpMethod.POST,
                JsonApi.json("{\"pin\":\"" + PIN + "\"}", JsonApi.READ_YOUR_WRITES, "true"), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> original = api.get("mquispe", "/api/search?q=" + marker);
        byte[] signedPdf = api.as("mquispe").getForObject("/api/documents/" + id + "/content", byte[].class);
        Path root = Files.write(backup.resolveSibling(backup.getFileName() + "-root.crt"),
                http.getForObject("/pki/root.crt", byte[].class));

        backups.run(new DefaultApplicationArguments(BackupRunner.BACKUP + "=" + backup));
        Properties manifest = new Properties();
        try (var in = Files.newInputStream(backup.resolve("manifest.properties"))) {
            manifest.load(in);
        }
        assertThat(Long.parseLong(manifest.getProperty("rows.domainevententry")))
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class));
        assertThat(Files.exists(backup.resolve("objects").resolve(Sha256.of(signedPdf)))).isTrue();

        Path log = Files.createDirectories(Path.of("target")).resolve("restore-test-application.log").toAbsolutePath();
        // the original installation's CA publishes its CRLs and OCSP on this machine: fetched only when trusted
        String[] restoredInstallation = {"--ceropapel.sample-data=false",
                "--ceropapel.signature.trust-anchors=" + root,
                "--ceropapel.signature.fetch.trusted-urls=" + baseUrl() + "/pki/"};
        assertThat(ApplicationProcess.runToEnd(freshDataDir, log, concat(restoredInstallation,
                BackupRunner.RESTORE + "=" + backup))).as("restore exit code").isZero();
        try (ApplicationProcess restored = ApplicationProcess.start(freshDataDir, ApplicationProcess.webPort(), log,
                restoredInstallation)) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(() -> get(restored, "/api/search?q=" + marker).statusCode() == 200
                            && json.readValue(get(restored, "/api/search?q=" + marker).body(), Map.class)
                            .get("total").equals(original.get("total")));
            Map<String, Object> found = json.readValue(get(restored, "/api/search?q=" + marker).body(), Map.class);
            assertThat(ids(found)).isEqualTo(ids(original)).containsExactly(id);
            assertThat(found.get("facets")).isEqualTo(original.get("facets"));

            HttpResponse<byte[]> content = client.send(request(restored, "/api/documents/" + id + "/content").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(content.body()).isEqualTo(signedPdf);
            String code = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8')::json ->> 'verificationCode' "
                    + "FROM domainevententry WHERE aggregateidentifier = ? "
                    + "AND payloadtype LIKE '%VerificationCodeAssignedEvent'", String.class, id);
            Map<String, Object> verification = json.readValue(client.send(HttpRequest.newBuilder(
                    restored.uri("/api/public/verification/" + code)).build(), HttpResponse.BodyHandlers.ofString())
                    .body(), Map.class);
            assertThat(verification).containsEntry("valid", true);
            assertThat((List<Map<String, Object>>) verification.get("signatures"))
                    .extracting(s -> s.get("indication")).containsOnly("TOTAL_PASSED");
        }
    }

    private static String[] concat(String[] first, String last) {
        String[] all = Arrays.copyOf(first, first.length + 1);
        all[first.length] = last;
        return all;
    }

    private static List<Object> ids(Map<String, Object> result) {
        return ((List<Map<String, Object>>) result.get("hits")).stream().map(hit -> hit.get("documentId")).toList();
    }

    private HttpResponse<String> get(ApplicationProcess app, String path) throws Exception {
        return client.send(request(app, path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(ApplicationProcess app, String path) {
        return HttpRequest.newBuilder(app.uri(path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("mquispe:demo".getBytes()));
    }
}
