package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.StatObjectArgs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.boot.actuate.health.NamedContributor;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.command.intake.DocumentIntake;
import pe.ceropapel.command.intake.IncomingFile;
import pe.ceropapel.command.intake.NewDocument;
import pe.ceropapel.infra.objects.UnreferencedObjectCollector;
import pe.ceropapel.signature.pdf.TestPdfs;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.S3Endpoint;
import pe.ceropapel.storage.Sha256;

/** The vertical slice over HTTP on the real engines: upload, store, event, project, search, stream. */
class DocumentSliceIntegrationTests extends EmbeddedApplicationTestBase {

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private S3Endpoint s3Endpoint;
    @Autowired
    private DocumentIntake intake;
    @Autowired
    private HealthContributorRegistry healthContributors;
    @Autowired
    private ObjectStorage storage;
    @Autowired
    private UnreferencedObjectCollector collector;

    private TestRestTemplate clerk;
    private MinioClient minio;

    @BeforeEach
    void setUp() {
        new TestDirectory(http).office("INACAL/DM", "Dirección de Metrología").person("mquispe", "20000002", "INACAL/DM");
        clerk = http.withBasicAuth("mquispe", "demo");
        minio = MinioClient.builder().endpoint(s3Endpoint.url())
                .credentials(s3Endpoint.accessKey(), s3Endpoint.secretKey()).build();
    }

    @Test
    void shouldStoreRecordIndexAndServeAnUploadedPdf() throws Exception {
        byte[] pdf = TestPdfs.withPages("Informe de calibración de termómetros clínicos del laboratorio de temperatura",
                "Segunda página con la Resolución Directoral que aprueba el procedimiento");

        ResponseEntity<Map> created = upload(pdf, "informe.pdf",
                "{\"type\":\"INFORME\",\"subject\":\"Calibración de termómetros\",\"office\":\"INACAL/DM\"}");

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = (String) created.getBody().get("id");
        assertThat(created.getHeaders().getLocation()).hasToString("/api/documents/" + id);

        String sha256 = sha256(pdf);
        assertThat(minio.statObject(StatObjectArgs.builder().bucket(s3Endpoint.bucket())
                .object("sha256/" + sha256).build()).size()).isEqualTo(pdf.length);

        Map<String, Object> event = jdbc.queryForMap(
                "SELECT payloadtype, sequencenumber, convert_from(metadata, 'UTF8') AS metadata, "
                        + "convert_from(payload, 'UTF8') AS payload FROM domainevententry WHERE aggregateidentifier = ?", id);
        assertThat(event.get("payloadtype")).isEqualTo("pe.ceropapel.api.document.DocumentRegisteredEvent");
        assertThat(event.get("sequencenumber")).isEqualTo(0L);
        assertThat((String) event.get("payload")).contains(sha256).contains("\"pages\":2");
        assertThat((String) event.get("metadata")).contains("\"user\":\"mquispe\"").contains("\"address\":\"127.0.0.1\"");

        Map<?, ?> hit = awaitSingleHit("termometros clinicos", id);
        assertThat((List<String>) hit.get("highlights")).anySatisfy(h -> assertThat(h).contains("<mark>"));
        assertThat(awaitSingleHit("resolucion", id)).isNotNull();

        ResponseEntity<Map> metadata = clerk.getForEntity("/api/documents/" + id, Map.class);
        assertThat(metadata.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metadata.getBody()).containsEntry("subject", "Calibración de termómetros")
                .containsEntry("officeCode", "INACAL/DM").containsEntry("author", "mquispe")
                .containsEntry("textExtracted", true);

        ResponseEntity<byte[]> content = clerk.getForEntity("/api/documents/" + id + "/content", byte[].class);
        assertThat(content.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(content.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(content.getHeaders().getETag()).isEqualTo("\"" + sha256 + "\"");
        assertThat(content.getBody()).isEqualTo(pdf);
    }

    @Test
    void shouldStoreByteForByteAnUploadThatTheServerSpoolsToDiskAndLeaveNoTemporaryFile() throws Exception {
        // past 1 MB (and under the tests' 2 MB limit) the multipart resolver writes the file part to a
        // temporary file of its own, which the upload then takes over instead of copying
        byte[] pdf = TestPdfs.withUncompressedStream((int) (UPLOAD_LIMIT * 3 / 4));
        long spoolsBefore = uploadSpools();

        ResponseEntity<Map> created = upload(pdf, "planos.pdf",
                "{\"type\":\"INFORME\",\"subject\":\"Planos escaneados\",\"office\":\"INACAL/DM\"}");

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String contentPath = "/api/documents/" + created.getBody().get("id") + "/content";
        ResponseEntity<byte[]> content = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> clerk.getForEntity(contentPath, byte[].class), answer -> answer.getStatusCode() == HttpStatus.OK);
        assertThat(content.getHeaders().getETag()).isEqualTo("\"" + sha256(pdf) + "\"");
        assertThat(content.getBody()).isEqualTo(pdf);
        assertThat(uploadSpools()).as("upload spools left in the temporary directory").isEqualTo(spoolsBefore);
    }

    @Test
    void shouldStoreIdenticalContentOnceForTwoDocuments() throws Exception {
        byte[] pdf = TestPdfs.withPages("Acta de conformidad de servicio de mantenimiento");
        String metadata = "{\"type\":\"NOTA\",\"subject\":\"Conformidad\",\"office\":\"INACAL/DM\"}";

        String first = (String) upload(pdf, "a.pdf", metadata).getBody().get("id");
        long objects = objectCount();
        String second = (String) upload(pdf, "b.pdf", metadata).getBody().get("id");

        assertThat(second).isNotEqualTo(first);
        assertThat(objectCount()).isEqualTo(objects);
        assertThat(clerk.getForEntity("/api/documents/" + first + "/content", byte[].class).getBody()).isEqualTo(pdf);
    }

    @Test
    void shouldRefuseAFileThatIsNotAPdfWith415() throws Exception {
        assertRefusedWithNothingLeft(() -> upload("<html>no soy un PDF</html>".getBytes(StandardCharsets.UTF_8),
                "informe.pdf", validMetadata()), 415, "urn:ceropapel:problem:not-a-pdf");
    }

    @Test
    void shouldRefuseAnEmptyFileWith422() throws Exception {
        assertRefusedWithNothingLeft(() -> upload(new byte[0], "vacio.pdf", validMetadata()),
                422, "urn:ceropapel:problem:empty-file");
    }

    @Test
    void shouldRefuseATruncatedPdfWith422() throws Exception {
        assertRefusedWithNothingLeft(() -> upload(TestPdfs.truncated("Informe cortado a la mitad"), "cortado.pdf",
                validMetadata()), 422, "urn:ceropapel:problem:damaged-pdf");
    }

    @Test
    void shouldRefuseAPasswordProtectedPdfWith422AndSayWhy() throws Exception {
        ResponseEntity<Map> response = assertRefusedWithNothingLeft(() -> upload(
                TestPdfs.passwordProtected("clave", "Reservado"), "clave.pdf", validMetadata()),
                422, "urn:ceropapel:problem:encrypted-pdf");

        assertThat((String) response.getBody().get("detail")).contains("contraseña");
    }

    @Test
    void shouldRefuseAPdfWithJavaScriptOrAnEmbeddedFileWith422AndSayWhy() throws Exception {
        for (byte[] active : new byte[][] {TestPdfs.withOpeningScript("Informe con script"),
                TestPdfs.withEmbeddedFile("Informe con adjunto ejecutable")}) {
            ResponseEntity<Map> response = assertRefusedWithNothingLeft(() -> upload(active, "activo.pdf",
                    validMetadata()), 422, "urn:ceropapel:problem:active-content");
            assertThat((String) response.getBody().get("detail")).contains("contenido activo");
        }
    }

    @Test
    void shouldRefuseAnUploadOverTheSizeLimitWith413() throws Exception {
        byte[] large = new byte[(int) UPLOAD_LIMIT + 1024];
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, large, 0, header.length);

        assertRefusedWithNothingLeft(() -> upload(large, "grande.pdf", validMetadata()), 413,
                "urn:ceropapel:problem:too-large");
    }

    @Test
    void shouldRefuseAnUploadPastTheLimitWhileItArrivesWhenItsLengthIsNotDeclared() throws Exception {
        byte[] body = multipartBody(new byte[(int) UPLOAD_LIMIT + 1024], "\r\n--frontera--\r\n");
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(http.getRootUri() + "/api/documents"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("mquispe:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=frontera")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        long events = eventCount();
        long objects = objectCount();
        long spools = uploadSpools();

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(chunked, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.body()).contains("urn:ceropapel:problem:too-large");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(objectCount()).isEqualTo(objects);
        assertThat(uploadSpools()).as("temporary files left").isEqualTo(spools);
    }

    @Test
    void shouldRefuseAMultipartBodyThatEndsBeforeItsClosingDelimiterWith400() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=frontera"));
        byte[] truncated = multipartBody(TestPdfs.withPages("Informe enviado a medias"), "");

        ResponseEntity<Map> response = assertRefusedWithNothingLeft(() -> clerk.postForEntity("/api/documents",
                new HttpEntity<>(truncated, headers), Map.class), 400, "urn:ceropapel:problem:malformed-multipart");

        assertThat((String) response.getBody().get("reason")).contains("ends inside a part");
        assertThat((String) response.getBody().get("detail")).contains("incompleto");
    }

    @Test
    void shouldRefuseAPageFormPastTheLimitWith413BeforeItsCsrfTokenIsChecked() {
        // a page's multipart form is read before Spring Security, which looks for the CSRF token among its fields
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=frontera"));
        byte[] body = multipartBody(new byte[(int) UPLOAD_LIMIT + 1024], "\r\n--frontera--\r\n");

        assertRefusedWithNothingLeft(() -> http.postForEntity("/mesa-de-partes", new HttpEntity<>(body, headers),
                Map.class), 413, "urn:ceropapel:problem:too-large");
    }

    /** Metadata and a file part framed by the boundary {@code frontera}, then {@code end} (the closing delimiter, or not). */
    private byte[] multipartBody(byte[] file, String end) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--frontera\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + validMetadata() + "\r\n--frontera\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"informe.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(end.getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    @Test
    void shouldRefuseInvalidMetadataNamingTheFields() throws Exception {
        ResponseEntity<Map> response = assertRefusedWithNothingLeft(() -> upload(TestPdfs.withPages("Texto"),
                "ok.pdf", "{\"type\":\"INFORME\",\"subject\":\"\",\"office\":\"dm\"}"),
                400, "urn:ceropapel:problem:invalid-input");
        assertThat((List<Map<String, String>>) response.getBody().get("errors"))
                .extracting(error -> error.get("field"))
                .containsExactlyInAnyOrder("subject", "office");
    }

    @Test
    void shouldRefuseAnUnknownDocumentType() throws Exception {
        assertRefusedWithNothingLeft(() -> upload(TestPdfs.withPages("Texto"), "ok.pdf",
                "{\"type\":\"MEMORIAL\",\"subject\":\"Asunto\",\"office\":\"INACAL/DM\"}"),
                400, "urn:ceropapel:problem:invalid-input");
    }

    @Test
    void shouldLeaveBytesTheAggregateRefusesOnlyUntilTheCollectorRemovesThem() throws Exception {
        byte[] pdf = TestPdfs.withPages("Contenido nuevo que nadie más ha subido " + System.nanoTime());
        long events = eventCount();

        assertThatThrownBy(() -> intake.register(new NewDocument(DocumentType.INFORME, " ", "INACAL/DM"),
                "mquispe", IncomingFile.of(null, new ByteArrayInputStream(pdf))))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(eventCount()).isEqualTo(events);
        assertCollectedOnceTheGracePeriodIsOver(pdf);
    }

    @Test
    void shouldRefuseADocumentForAnotherOfficeThanTheAuthors() {
        byte[] pdf = TestPdfs.withPages("Texto para otra oficina " + System.nanoTime());
        long events = eventCount();

        ResponseEntity<Map> response = upload(pdf, "ok.pdf",
                "{\"type\":\"INFORME\",\"subject\":\"Asunto\",\"office\":\"INACAL/PE\"}");

        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat(response.getBody()).containsEntry("type", "urn:ceropapel:problem:rule-violated");
        assertThat((String) response.getBody().get("detail")).contains("INACAL/PE");
        assertThat(eventCount()).isEqualTo(events);
        assertCollectedOnceTheGracePeriodIsOver(pdf);
    }

    /**
     * Bytes that passed the checks are stored before the command runs, and a refused command leaves
     * them: another request may have stored the same bytes at the same moment. No event refers to
     * them, so the collector removes them once unclaimed for its grace period (made to pass here).
     */
    private void assertCollectedOnceTheGracePeriodIsOver(byte[] pdf) {
        String sha256 = Sha256.of(pdf);
        assertThat(storage.exists(ObjectStorage.keyFor(sha256))).as("stored before the command ran").isTrue();
        jdbc.update("UPDATE stored_object SET claimed_at = now() - interval '2 days' WHERE sha256 = ?", sha256);

        collector.collect();

        assertThat(storage.exists(ObjectStorage.keyFor(sha256))).as("collected").isFalse();
    }

    @Test
    void shouldAnswer404ForAnUnknownDocument() {
        ResponseEntity<Map> response = clerk.getForEntity("/api/documents/no-such-document", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).containsEntry("type", "urn:ceropapel:problem:not-found");
    }

    @Test
    void shouldRequireAuthentication() {
        ResponseEntity<String> anonymous = http.getForEntity("/api/search?q=informe", String.class);
        assertThat(anonymous.getStatusCode()).as(anonymous.toString()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("mquispe", "wrong").getForEntity("/api/search?q=informe", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldReportHealthUpWhenEveryEngineIsReady() {
        ResponseEntity<Map> health = http.getForEntity("/actuator/health", Map.class);

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).containsEntry("status", "UP");
        assertThat(healthContributors.stream().map(NamedContributor::getName))
                .contains("db", "elasticsearch", "objectStorage");
    }

    @Test
    void shouldKeepTheProjectionTokenInPostgres() {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM tokenentry WHERE processorname = 'documents'", Long.class) > 0);
    }

    @Test
    void shouldRunPostgresDurably() {
        assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("SHOW data_directory", String.class))
                .isEqualTo(dataDir().resolve("postgres").toAbsolutePath().toString());
    }

    /** Sends the upload and checks the problem answer, and that no event and no object was added. */
    private ResponseEntity<Map> assertRefusedWithNothingLeft(Supplier<ResponseEntity<Map>> upload, int status,
                                                             String type) {
        long events = eventCount();
        long objects = objectCount();

        ResponseEntity<Map> response = upload.get();

        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType())
                .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("type", type).containsKey("title").containsKey("detail");
        assertThat(eventCount()).as("events stored").isEqualTo(events);
        assertThat(objectCount()).as("objects stored").isEqualTo(objects);
        return response;
    }

    private long eventCount() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    private String validMetadata() {
        return "{\"type\":\"OFICIO\",\"subject\":\"Oficio de prueba\",\"office\":\"INACAL/DM\"}";
    }

    private ResponseEntity<Map> upload(byte[] content, String fileName, String metadataJson) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders jsonHeaders = new HttpHeaders();
        jsonHeaders.setContentType(MediaType.APPLICATION_JSON);
        parts.add("metadata", new HttpEntity<>(metadataJson, jsonHeaders));
        HttpHeaders fileHeaders = new HttpHeaders();
        fileHeaders.setContentType(MediaType.APPLICATION_PDF);
        parts.add("file", new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, fileHeaders));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return clerk.postForEntity("/api/documents", new HttpEntity<>(parts, headers), Map.class);
    }

    private Map<?, ?> awaitSingleHit(String query, String id) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Map<?, ?> result = clerk.getForObject("/api/search?q={q}", Map.class, query);
            return ((List<Map<?, ?>>) result.get("hits")).stream()
                    .filter(hit -> id.equals(hit.get("documentId"))).findFirst().orElse(null);
        }, hit -> hit != null);
    }

    private long objectCount() {
        return StreamSupport.stream(minio.listObjects(ListObjectsArgs.builder().bucket(s3Endpoint.bucket())
                .recursive(true).build()).spliterator(), false).count();
    }

    private static long uploadSpools() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.map(entry -> entry.getFileName().toString())
                    .filter(name -> name.startsWith("ceropapel-upload-") || name.startsWith("ceropapel-part-")).count();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
