package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.ByteArrayHttpMessageConverter;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.http.converter.support.AllEncompassingFormHttpMessageConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import pe.ceropapel.api.timeline.AwaitReadModelsQuery;
import pe.ceropapel.infra.backup.BackupRunner;
import pe.ceropapel.infra.backup.BackupVerification;
import pe.ceropapel.infra.backup.RestoreCommand;
import pe.ceropapel.signature.pdf.TestPdfs;
import pe.ceropapel.storage.Sha256;

/**
 * An installation as a new user runs it (embedded engines, the first start's sample data), with a
 * signed memo and a citizen's sealed receipt, backed up and restored into a fresh data directory ten
 * times in a row, each restore in this JVM and with the default settings (sample data on): every
 * restored installation finds the same documents with the same search results, serves the same PDF
 * bytes, validates every signature as before, and signs a new document numbered after the restored
 * ones. Each restored installation answers at the original's address, as a restored one would.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreIntegrationTests {

    private static final int RESTORES = 10;
    private static final String PIN = "123456";
    private static final Pattern NUMBER = Pattern.compile("N° (\\d{6})-(.*)");

    @TempDir
    static Path work;

    private final int port = ApplicationProcess.webPort();
    private Path originalDataDir;
    private Path backup;
    private Observed before;
    private String memoNumber;

    /** What a person sees of the installation: the facts compared before and after a restore. */
    private record Observed(Map<String, Object> search, Map<String, Object> everything, byte[] memoPdf,
                            List<Object> memoIndications, byte[] receipt, List<Object> receiptIndications) {
    }

    /** The ids of the documents the installation holds, and the code of the signed memo. */
    private String memoId;
    private String memoCode;
    private String trackingCode;
    private String accessKey;
    private final String marker = "respaldo" + System.nanoTime();

    @BeforeAll
    void makeAnInstallationAndBackItUp() throws Exception {
        originalDataDir = work.resolve("original");
        backup = work.resolve("backup");
        try (ConfigurableApplicationContext original = start(originalDataDir,
                "--ceropapel.signature.public-url=http://127.0.0.1:" + port)) {
            JsonApi api = api();
            memoId = api.register("mquispe", "INFORME", "Informe del " + marker, "INACAL/DM", false,
                    TestPdfs.withPages("Contraste de pesas patrón " + marker)).get("id");
            api.put("mquispe", "/api/documents/" + memoId + "/signature-plan",
                    "{\"signers\":[{\"username\":\"jperez\",\"role\":\"SIGNATURE\"}]}");
            memoNumber = sign(api, memoId);
            memoCode = original.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT verification_code FROM verifiable_document WHERE document_id = ?", String.class, memoId);
            Map<String, String> request = api.submitRequest("Rosa Díaz", "Solicitud de calibración " + marker,
                    TestPdfs.withPages("Solicitud de calibración de una balanza"));
            trackingCode = request.get("trackingCode");
            accessKey = request.get("accessKey");
            assertThat(original.getBean(QueryGateway.class).query(new AwaitReadModelsQuery(Duration.ofSeconds(120)),
                    Boolean.class).join()).as("the original's read models caught up before it is observed").isTrue();
            before = observe(api);
            assertThat(before.memoIndications()).as("the memo's signatures before the backup")
                    .isNotEmpty().containsOnly("TOTAL_PASSED");
            assertThat(before.receiptIndications()).as("the receipt's seal before the backup")
                    .isNotEmpty().containsOnly("TOTAL_PASSED");

            BackupRunner backups = original.getBean(BackupRunner.class);
            backups.run(new DefaultApplicationArguments(BackupRunner.BACKUP + "=" + backup));
            assertThat(backups.getExitCode()).as("backup exit code").isZero();
        }
    }

    @Test
    void shouldRestoreTheSameInstallationIntoAFreshDataDirectoryTenTimesInARow() throws Exception {
        List<String> timings = new ArrayList<>();
        for (int restore = 1; restore <= RESTORES; restore++) {
            Path dataDir = work.resolve("restored-" + restore);
            long started = System.nanoTime();
            assertThat(RestoreCommand.run("--ceropapel.data-dir=" + dataDir, RestoreCommand.OPTION + "=" + backup))
                    .as("restore %d exit code", restore).isZero();
            long restored = System.nanoTime();
            try (ConfigurableApplicationContext installation = start(dataDir)) {
                long serving = System.nanoTime();
                JsonApi api = api();
                await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                        assertThat(api.get("mquispe", "/api/search?size=100").get("total"))
                                .as("documents found after %s; health: %s", dataDir.getFileName(),
                                        api.get("admin", "/actuator/health").get("components"))
                                .isEqualTo(before.everything().get("total")));
                Observed after = observe(api);
                assertThat(after.search()).as("search after restore %d", restore).isEqualTo(before.search());
                assertThat(after.everything()).as("every document after restore %d", restore)
                        .isEqualTo(before.everything());
                assertThat(after.memoPdf()).as("the memo's PDF after restore %d", restore).isEqualTo(before.memoPdf());
                assertThat(after.receipt()).as("the receipt after restore %d", restore).isEqualTo(before.receipt());
                assertThat(after.memoIndications()).isEqualTo(before.memoIndications());
                assertThat(after.receiptIndications()).isEqualTo(before.receiptIndications());

                String next = api.register("mquispe", "INFORME", "Informe posterior a la restauración " + restore,
                        "INACAL/DM", false, TestPdfs.withPages("Informe posterior " + restore)).get("id");
                api.put("mquispe", "/api/documents/" + next + "/signature-plan",
                        "{\"signers\":[{\"username\":\"jperez\",\"role\":\"SIGNATURE\"}]}");
                assertThat(sequence(sign(api, next))).as("the first number after restore %d", restore)
                        .isEqualTo(sequence(memoNumber) + 1);
                timings.add(String.format("restore %d: %d ms restoring, %d ms starting, %d ms until all checked",
                        restore, (restored - started) / 1_000_000, (serving - restored) / 1_000_000,
                        (System.nanoTime() - serving) / 1_000_000));
            }
        }
        timings.forEach(System.out::println);
    }

    @Test
    void shouldRefuseToRestoreIntoADataDirectoryThatHoldsDataAndChangeNothing() throws Exception {
        Map<String, String> untouched = contentsOf(originalDataDir);

        assertThat(RestoreCommand.run("--ceropapel.data-dir=" + originalDataDir, RestoreCommand.OPTION + "=" + backup))
                .as("restore exit code").isEqualTo(2);

        assertThat(contentsOf(originalDataDir)).isEqualTo(untouched);
    }

    @Test
    void shouldVerifyTheBackupAndNameEveryTamperedFile() throws Exception {
        Properties manifest = new Properties();
        try (var in = Files.newInputStream(backup.resolve("manifest.properties"))) {
            manifest.load(in);
        }
        assertThat(manifest.getProperty("events")).isEqualTo(manifest.getProperty("rows.domainevententry"));
        assertThat(Long.parseLong(manifest.getProperty("documents"))).as("sample documents, memo and request")
                .isGreaterThanOrEqualTo(8);
        assertThat(Long.parseLong(manifest.getProperty("objects"))).isPositive();
        assertThat(Long.parseLong(manifest.getProperty("bytes"))).isPositive();
        assertThat(manifest.getProperty("digest")).hasSize(64);
        assertThat(manifest.getProperty("seal.certificate")).hasSize(64);
        assertThat(BackupVerification.problemsIn(backup)).isEmpty();
        assertThat(BackupVerification.run(new String[] {BackupVerification.OPTION + "=" + backup})).isZero();

        String object = "objects/" + Sha256.of(before.memoPdf());
        Path changedObject = tamperedCopy("object", copy -> flipLastByte(copy.resolve(object)));
        assertThat(BackupVerification.problemsIn(changedObject)).singleElement(InstanceOfAssertFactories.STRING)
                .startsWith(object);
        assertThat(BackupVerification.run(new String[] {BackupVerification.OPTION + "=" + changedObject})).isOne();

        Path changedEvents = tamperedCopy("events", copy -> flipLastByte(copy.resolve("db/domainevententry.copy")));
        assertThat(BackupVerification.problemsIn(changedEvents)).singleElement(InstanceOfAssertFactories.STRING)
                .startsWith("db/domainevententry.copy was changed");

        Path changedCount = tamperedCopy("count", copy -> Files.writeString(copy.resolve("manifest.properties"),
                Files.readString(copy.resolve("manifest.properties"), StandardCharsets.ISO_8859_1)
                        .replace("\ndocuments=", "\ndocuments=1"), StandardCharsets.ISO_8859_1));
        assertThat(BackupVerification.problemsIn(changedCount)).singleElement(InstanceOfAssertFactories.STRING).contains("digest");

        Path dataDir = work.resolve("never-restored");
        assertThat(RestoreCommand.run("--ceropapel.data-dir=" + dataDir, RestoreCommand.OPTION + "=" + changedObject))
                .as("restoring a damaged backup").isEqualTo(2);
        assertThat(dataDir).doesNotExist();
    }

    private interface Tampering {
        void apply(Path copy) throws IOException;
    }

    private Path tamperedCopy(String name, Tampering tampering) throws IOException {
        Path copy = work.resolve("tampered-" + name);
        FileSystemUtils.copyRecursively(backup, copy);
        tampering.apply(copy);
        return copy;
    }

    private static void flipLastByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 1;
        Files.write(file, bytes);
    }

    /** The installation in this JVM on {@code dataDir}, answering at the original's port. */
    private ConfigurableApplicationContext start(Path dataDir, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--ceropapel.data-dir=" + dataDir, "--server.port=" + port,
                "--ceropapel.public.requests-per-minute=1000"));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(CeroPapelApplication.class).run(arguments.toArray(String[]::new));
    }

    private JsonApi api() {
        return new JsonApi(anyone());
    }

    /** A client of the installation's port that asks for JSON, as the application context's own client does. */
    private TestRestTemplate anyone() {
        return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + port).messageConverters(
                new ByteArrayHttpMessageConverter(), new StringHttpMessageConverter(),
                new MappingJackson2HttpMessageConverter(), new AllEncompassingFormHttpMessageConverter()));
    }

    private static String sign(JsonApi api, String id) {
        ResponseEntity<Map> signed = api.as("jperez").exchange("/api/documents/" + id + "/signatures", HttpMethod.POST,
                JsonApi.json("{\"pin\":\"" + PIN + "\"}", JsonApi.READ_YOUR_WRITES, "true"), Map.class);
        assertThat(signed.getStatusCode()).as(String.valueOf(signed.getBody())).isEqualTo(HttpStatus.OK);
        return (String) ((Map) signed.getBody().get("number")).get("text");
    }

    /** The number's sequence, after checking that it is the memo's series. */
    private int sequence(String number) {
        Matcher memo = NUMBER.matcher(memoNumber);
        Matcher matcher = NUMBER.matcher(number);
        assertThat(memo.find() && matcher.find()).as(number).isTrue();
        assertThat(matcher.group(2)).isEqualTo(memo.group(2));
        return Integer.parseInt(matcher.group(1));
    }

    private Observed observe(JsonApi api) {
        TestRestTemplate anyone = anyone();
        byte[] receipt = await().atMost(Duration.ofSeconds(60)).until(() -> anyone.postForEntity(
                "/api/public/case-tracking/receipt", JsonApi.json("{\"trackingCode\":\"" + trackingCode
                        + "\",\"accessKey\":\"" + accessKey + "\"}"), byte[].class),
                answer -> answer.getStatusCode().is2xxSuccessful()).getBody();
        MultiValueMap<String, Object> upload = new LinkedMultiValueMap<>();
        upload.add("file", JsonApi.part(MediaType.APPLICATION_PDF, receipt, "cargo.pdf"));
        Map<String, Object> receiptValidation = anyone.postForObject("/api/public/verification",
                new HttpEntity<>(upload, JsonApi.multipart()), Map.class);
        Map<String, Object> memoValidation = anyone.getForObject("/api/public/verification/" + memoCode, Map.class);
        return new Observed(comparable(api.get("mquispe", "/api/search?q=" + marker)),
                comparable(api.get("mquispe", "/api/search?size=100")),
                api.as("mquispe").getForObject("/api/documents/" + memoId + "/content", byte[].class),
                indications(memoValidation), receipt, indications(receiptValidation));
    }

    /** A search answer without what may differ between two equal indices: the order of equal hits and the cursor. */
    private static Map<String, Object> comparable(Map<String, Object> search) {
        Map<String, Object> hits = new TreeMap<>();
        ((List<Map<String, Object>>) search.get("hits")).forEach(hit -> hits.put((String) hit.get("documentId"), hit));
        return Map.of("total", search.get("total"), "facets", search.get("facets"), "hits", hits);
    }

    private static List<Object> indications(Map<String, Object> validation) {
        return ((List<Map<String, Object>>) validation.get("signatures")).stream().map(s -> s.get("indication")).toList();
    }

    /** Every file under {@code directory} with its SHA-256. */
    private static Map<String, String> contentsOf(Path directory) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.toList()) {
                contents.put(directory.relativize(file).toString(), Files.isRegularFile(file) ? Sha256.of(file) : "dir");
            }
        }
        return contents;
    }
}
