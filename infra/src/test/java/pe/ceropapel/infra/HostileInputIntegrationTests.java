package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;
import pe.ceropapel.api.interop.PideSoap;
import pe.ceropapel.api.interop.TramiteMessage;
import pe.ceropapel.signature.pdf.PdfInspector;
import pe.ceropapel.signature.pdf.TestPdfs;
import pe.ceropapel.storage.S3Endpoint;

/**
 * Hostile input on every entry point: each gets a clear 4xx problem (or, from a page, the reason on
 * the page) and leaves no event and nothing an event refers to behind (bytes it stored are for the
 * collector of unreferenced objects); markup typed as text is kept as text and never rendered as markup.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class HostileInputIntegrationTests extends EmbeddedApplicationTestBase {

    private static final String SCRIPT = "<script>alert(1)</script> \"><img src=x onerror=alert(1)>";
    private static final String API_BODY_LIMIT_EXCEEDED = "a".repeat(1024 * 1024 + 1);
    /** One byte over {@code ceropapel.interop.max-message-size}. */
    private static final int INTEROP_BODY_LIMIT_EXCEEDED = 40 * 1024 * 1024 + 1;
    private static final long BOMB_EXPANDED = 1L << 30;
    private static final String PEER_RUC = "20333333334";

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private S3Endpoint s3Endpoint;

    private JsonApi api;
    /** Shared by the test instances: the application context, and so the document, outlives each of them. */
    private static String documentForActions;
    private MinioClient minio;

    @BeforeEach
    void setUp() {
        new TestDirectory(http).office("INACAL/DM", "Dirección de Metrología").person("mquispe", "20000002", "INACAL/DM");
        api = new JsonApi(http);
        minio = MinioClient.builder().endpoint(s3Endpoint.url())
                .credentials(s3Endpoint.accessKey(), s3Endpoint.secretKey()).build();
    }

    /** An entry point taking JSON: as the body, or as the part {@code part} of a multipart upload with a PDF. */
    record Endpoint(String user, HttpMethod method, String path, String part) {

        static Endpoint json(String user, HttpMethod method, String path) {
            return new Endpoint(user, method, path, null);
        }

        static Endpoint multipart(String user, String path, String part) {
            return new Endpoint(user, HttpMethod.POST, path, part);
        }

        @Override
        public String toString() {
            return method + " " + path + (part == null ? "" : " part " + part);
        }
    }

    /** A free-text field: the endpoint, the JSON with {@code %s} where the field's JSON string goes, and its name. */
    record TextField(Endpoint endpoint, String template, String field) {

        @Override
        public String toString() {
            return endpoint + " " + field;
        }
    }

    /**
     * One JSON entry point of each kind, authenticated and public: the size and nesting limits hold
     * before any controller runs, so one of each shows the rule.
     */
    static Stream<Endpoint> jsonEndpoints() {
        return Stream.of(
                Endpoint.json("mquispe", HttpMethod.POST, "/api/documents/x/derivations"),
                Endpoint.json(null, HttpMethod.POST, "/api/public/case-tracking"));
    }

    static Stream<Endpoint> everyJsonInput() {
        return Stream.concat(jsonEndpoints(), Stream.of(
                Endpoint.multipart("mquispe", "/api/documents", "metadata"),
                Endpoint.multipart(null, "/api/public/intake", "request")));
    }

    /**
     * A free-text field of each kind of entry point: a JSON body, an upload's metadata part and the
     * public intake. That every free text of every request refuses hidden characters is
     * {@code FreeTextFieldsTests}' job; here, that the entry points validate what they take.
     */
    static Stream<TextField> textFields() {
        String applicant = "{\"identityType\":\"DNI\",\"identityNumber\":\"40000001\",\"name\":%s,"
                + "\"email\":\"ciudadano@example.pe\",\"subject\":\"Solicitud\"}";
        return Stream.of(
                new TextField(Endpoint.multipart("mquispe", "/api/documents", "metadata"),
                        "{\"type\":\"INFORME\",\"subject\":%s,\"office\":\"INACAL/DM\"}", "subject"),
                new TextField(Endpoint.multipart(null, "/api/public/intake", "request"), applicant, "name"),
                new TextField(Endpoint.json("mquispe", HttpMethod.POST, "/api/documents/x/derivations"),
                        "{\"comment\":%s,\"targets\":[{\"kind\":\"OFFICE\",\"recipient\":\"INACAL/DM\","
                                + "\"action\":\"ATENDER\"}]}", "comment"));
    }

    /** Hidden characters, as JSON string literals: each makes a text read otherwise than it is. */
    static Stream<String> hiddenCharacters() {
        return Stream.of("\"Informe \\u202Efdp.exe\"", "\"Pa\\u200Dgo\\u200B\"", "\"Nulo\\u0000aqu\\u00ED\"",
                "\"Campana\\u0007\"", "\"Escape \\u001B[31m\"", "\"Mitad \\uD800 de par\"");
    }

    /**
     * Each field once over HTTP, the hidden characters taken in turn: which characters are hidden is
     * the validator's unit test ({@code PlainTextsTests}).
     */
    static Stream<Arguments> textFieldsWithHiddenCharacters() {
        return inTurn(textFields(), hiddenCharacters().toList());
    }

    /** Pairs each case with one of {@code values}, taken in turn. */
    private static <T> Stream<Arguments> inTurn(Stream<T> cases, List<String> values) {
        List<T> all = cases.toList();
        return IntStream.range(0, all.size()).mapToObj(i -> Arguments.of(all.get(i), values.get(i % values.size())));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("textFieldsWithHiddenCharacters")
    void shouldRefuseHiddenCharactersNamingTheField(TextField field, String hidden) {
        String json = field.template().replace("%s", hidden);

        ResponseEntity<Map> response = assertRefusedWithNothingLeft(() -> send(field.endpoint(), json),
                400, "urn:ceropapel:problem:invalid-input");

        assertThat((List<Map<String, String>>) response.getBody().get("errors"))
                .anySatisfy(error -> {
                    assertThat(error.get("field")).isEqualTo(field.field());
                    assertThat(error.get("detail")).contains("caracteres de control o invisibles");
                });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Informe \u202Efdp.exe", "Nulo\u0000"})
    void shouldRefuseHiddenCharactersInTheSearchBox(String q) {
        ResponseEntity<Map> response = assertRefusedWithNothingLeft(
                () -> api.as("mquispe").getForEntity("/api/search?q={q}", Map.class, q),
                400, "urn:ceropapel:problem:invalid-input");

        assertThat((List<Map<String, String>>) response.getBody().get("errors"))
                .extracting(error -> error.get("field")).contains("q");
    }

    /** A page form with one field holding hidden characters: who sends it, the page and its fields. */
    record PageForm(String user, String path, String field, String... fields) {

        @Override
        public String toString() {
            return path + " " + field;
        }
    }

    static Stream<PageForm> pageFormsWithHiddenCharacters() {
        String intake = "/mesa-de-partes";
        String newDocument = "/documentos/nuevo";
        return Stream.of(
                new PageForm("mquispe", newDocument, "asunto", "tipo", "INFORME", "asunto", "Informe \u202Efdp.exe",
                        "cuerpo", "Texto"),
                new PageForm("mquispe", newDocument, "archivo", "tipo", "INFORME", "asunto", "Informe",
                        "cuerpo", "Texto con nulo \u0000"),
                new PageForm(null, intake, "asunto", "numeroDocumento", "40000001", "nombre", "Ana",
                        "correo", "ana@example.pe", "asunto", "Solicitud \u202Etxt.exe"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pageFormsWithHiddenCharacters")
    void shouldRefuseHiddenCharactersInThePageFormsBesideTheField(PageForm form) {
        PageSession pages = new PageSession(http);
        String session = form.user() == null ? null : pages.login(form.user());

        ResponseEntity<String> page = assertNothingLeft(() -> pages.submit(session, form.path(), form.fields()));

        assertThat(page.getStatusCode().value()).isEqualTo(422);
        assertThat(page.getBody()).containsPattern("id=\"error-" + form.field() + "\"[^>]*>Contiene caracteres de control");
    }

    /**
     * A form that runs an action and goes back to its page, which tells what happened: who sends it,
     * the page ({@value #DOCUMENT} for a document registered for the case), the action, the typed
     * field that holds the hidden character, and the other fields.
     */
    record ActionForm(String user, String page, String action, String field, String... fields) {

        /** One form for each of {@code typedFields}, the others filled in plainly. */
        static Stream<ActionForm> eachTypedField(String user, String page, String action, List<String> typedFields,
                                                 String... fields) {
            return typedFields.stream().map(field -> new ActionForm(user, page, action, field, Stream.concat(
                    Stream.of(fields), typedFields.stream().filter(other -> !other.equals(field))
                            .flatMap(other -> Stream.of(other, "Texto"))).toArray(String[]::new)));
        }

        @Override
        public String toString() {
            return action + " " + field;
        }
    }

    private static final String DOCUMENT = "/documentos/{documento}";

    /**
     * An action of each kind of page: a document's, one that sends to another entity (several typed
     * fields) and an administrator's. Each action names its typed fields in its controller.
     */
    static Stream<ActionForm> actionForms() {
        return Stream.of(
                ActionForm.eachTypedField("mquispe", DOCUMENT, DOCUMENT + "/observar", List.of("motivo")),
                ActionForm.eachTypedField("mquispe", DOCUMENT, DOCUMENT + "/enviar-entidad",
                        List.of("cargo", "comentario"), "entidad", "20100000001", "unidad", "DM", "destinatario", "Ana"),
                ActionForm.eachTypedField("admin", "/admin/personas", "/admin/personas", List.of("nombre"),
                        "usuario", "hostil", "dni", "12345678", "oficina", "INACAL/DM")
        ).flatMap(forms -> forms);
    }

    static Stream<Arguments> actionFormsWithHiddenCharacters() {
        return inTurn(actionForms(), List.of("Texto \u202Efdp.exe", "Pa\u200Bgo", "Nulo\u0000"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("actionFormsWithHiddenCharacters")
    void shouldRefuseHiddenCharactersInPageActionsTellingWhyOnThePage(ActionForm form, String hidden) {
        String page = form.page().equals(DOCUMENT) ? "/documentos/" + documentForActions() : form.page();
        String action = form.action().replace(DOCUMENT, page);
        PageSession pages = new PageSession(http);
        String session = pages.login(form.user());
        String[] fields = Stream.concat(Stream.of(form.fields()), Stream.of(form.field(), hidden)).toArray(String[]::new);

        ResponseEntity<String> answer = assertNothingLeft(() -> pages.submitTo(session, page, action, fields));

        assertThat(answer.getStatusCode().is3xxRedirection()).as(answer.getBody()).isTrue();
        assertThat(answer.getHeaders().getLocation().getPath()).isEqualTo(page);
        assertThat(pages.get(session, page).getBody()).contains("Contiene caracteres de control o invisibles");
    }

    /** One document for every refused action: each refusal leaves it as it was, as the case checks. */
    private String documentForActions() {
        if (documentForActions == null) {
            documentForActions = (String) api.upload("mquispe", "INFORME", "Para acciones", "INACAL/DM", false,
                    TestPdfs.withPages("Informe"), JsonApi.READ_YOUR_WRITES, "true").getBody().get("id");
        }
        return documentForActions;
    }

    @Test
    void shouldWriteMarkupAsLiteralTextInTheLetterheadPdfMadeFromAText() throws IOException {
        PageSession pages = new PageSession(http);
        ResponseEntity<String> created = pages.submit(pages.login("mquispe"), "/documentos/nuevo", "tipo", "INFORME",
                "asunto", "Oficio " + SCRIPT, "cuerpo", "Cuerpo " + SCRIPT);
        assertThat(created.getStatusCode().is3xxRedirection()).as(created.getBody()).isTrue();
        String id = created.getHeaders().getLocation().getPath().replace("/documentos/", "");

        byte[] pdf = api.as("mquispe").getForObject("/api/documents/{id}/content", byte[].class, id);

        assertThat(text(pdf)).contains("Oficio " + SCRIPT, "Cuerpo " + SCRIPT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonEndpoints")
    void shouldRefuseABodyOverTheApiLimitWith413(Endpoint endpoint) {
        ResponseEntity<Map> response = assertRefusedWithNothingLeft(
                () -> send(endpoint, "{\"text\":\"" + API_BODY_LIMIT_EXCEEDED + "\"}"),
                413, "urn:ceropapel:problem:too-large");

        assertThat((String) response.getBody().get("detail")).contains("demasiado grande");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyJsonInput")
    void shouldRefuseDeeplyNestedJsonWith400(Endpoint endpoint) {
        int depth = 100_000;
        String nested = "{\"subject\":" + "[".repeat(depth) + "]".repeat(depth) + "}";

        assertRefusedWithNothingLeft(() -> send(endpoint, nested), 400, "urn:ceropapel:problem:invalid-input");
    }

    @Test
    void shouldRefuseAStringOverItsFieldLimitNamingTheField() {
        String subject = "\"" + "a".repeat(600 * 1024) + "\"";

        ResponseEntity<Map> response = assertRefusedWithNothingLeft(() -> send(
                Endpoint.multipart("mquispe", "/api/documents", "metadata"),
                "{\"type\":\"INFORME\",\"subject\":" + subject + ",\"office\":\"INACAL/DM\"}"),
                400, "urn:ceropapel:problem:invalid-input");

        assertThat((List<Map<String, String>>) response.getBody().get("errors"))
                .extracting(error -> error.get("field")).containsExactly("subject");
    }

    /** PDFs of about a megabyte or less that expand to a gigabyte once decompressed. */
    static Stream<Named<Supplier<byte[]>>> decompressionBombs() {
        return Stream.of(
                Named.of("page content, 2 layers of FlateDecode", () -> TestPdfs.decompressionBomb(BOMB_EXPANDED, 2)),
                Named.of("cross-reference stream, inflated while the PDF is opened",
                        () -> TestPdfs.crossReferenceStreamBomb(BOMB_EXPANDED, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decompressionBombs")
    void shouldRefuseADecompressionBombWithoutExhaustingMemoryOrDisk(Supplier<byte[]> pdf) throws IOException {
        byte[] bomb = pdf.get();
        long tempFiles = decodeTempFiles();
        Runtime runtime = Runtime.getRuntime();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long started = System.nanoTime();

        ResponseEntity<Map> response = assertRefusedWithNothingLeft(() -> upload(bomb),
                422, "urn:ceropapel:problem:pdf-over-limits");

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf("Decompression bomb: %d bytes expanding to %d, refused in %d ms; "
                        + "heap used %d MB before, %d MB after, %d MB max%n", bomb.length, BOMB_EXPANDED,
                took.toMillis(), heapBefore >> 20, heapAfter >> 20, runtime.maxMemory() >> 20);
        assertThat(took).isLessThan(Duration.ofSeconds(30));
        assertThat((String) response.getBody().get("detail")).contains("se expande");
        assertThat(decodeTempFiles()).as("temporary files of decoding").isEqualTo(tempFiles);
    }

    /** How a message's size is known: declared up front, or only once its chunks are read. */
    enum Framing { DECLARED_LENGTH, CHUNKED }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Framing.class)
    void shouldRefuseAnInteropMessageOverItsLimitWith413BeforeAuthentication(Framing framing) {
        Answer answer = assertNothingLeft(() -> framing == Framing.DECLARED_LENGTH
                ? answerToDeclaredBody("/api/interop/tramites", INTEROP_BODY_LIMIT_EXCEEDED)
                : answerToChunkedBody("/api/interop/tramites", INTEROP_BODY_LIMIT_EXCEEDED));

        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(answer.body()).contains("urn:ceropapel:problem:too-large", "demasiado grande");
    }

    @Test
    void shouldRefuseAPideSoapMessageWithARightToLeftOverrideWithAFaultAndNoTrace() throws Exception {
        PeerEntity peer = new PeerEntity(PEER_RUC);
        InteropIntegrationTests.registerPartner(http, PEER_RUC, "Entidad hostil", "http://127.0.0.1:9/", "PIDE_SOAP",
                Map.of("sealCertificatePem", peer.certificatePem()));
        byte[] pdf = TestPdfs.withPages("Oficio");
        byte[] soap = PideSoap.receive(new TramiteMessage(InteropIntegrationTests.tramite("H000000001",
                "Oficio \u202Egnp.exe", pdf, PEER_RUC), pdf)).getBytes(StandardCharsets.UTF_8);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_XML);
        peer.sign("POST", "/api/interop/pide", soap).forEach(headers::add);

        ResponseEntity<String> fault = assertNothingLeft(() -> http.exchange("/api/interop/pide", HttpMethod.POST,
                new HttpEntity<>(soap, headers), String.class));

        assertThat(fault.getStatusCode().value()).isEqualTo(400);
        assertThat(fault.getBody()).contains("soap:Client", "subject").doesNotContain("gnp.exe");
    }

    @Test
    void shouldRefuseAPdfWithMorePagesThanTheLimit() {
        byte[] tooMany = TestPdfs.withBlankPages(PdfInspector.MAX_PAGES + 1);

        assertRefusedWithNothingLeft(() -> upload(tooMany), 422, "urn:ceropapel:problem:pdf-over-limits");
    }

    @Test
    void shouldKeepMarkupAsTextInTheApiThePagesAndTheSearchResults() {
        String marker = "Marcador" + System.nanoTime();
        String subject = marker + " " + SCRIPT;
        Map<String, String> registered = api.register("mquispe", "INFORME", json(subject), "INACAL/DM", false,
                TestPdfs.withPages("Informe con " + SCRIPT));
        String id = registered.get("id");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("mquispe", "/api/documents/{id}", id)).containsEntry("subject", subject));
        String session = new PageSession(http).login("mquispe");
        assertShownAsText(session, "/documentos/" + id);
        // the page repeats the words searched for: wait until the search itself finds the document
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                api.get("mquispe", "/api/search?q={q}", marker)).containsEntry("total", 1));
        assertShownAsText(session, "/buscar?q=" + marker);
    }

    @Test
    void shouldKeepACitizensMarkupAsTextInTheTrackingPageAndTheReceipt() throws IOException {
        Map<String, String> filed = api.submitRequest(json(SCRIPT), json("Pedido " + SCRIPT),
                TestPdfs.withPages("Solicitud"));
        String code = filed.get("trackingCode");
        String key = filed.get("accessKey");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                new PageSession(http).submit(null, "/consulta", "codigo", code, "clave", key).getBody())
                .contains(HtmlUtils.htmlEscape("Pedido " + SCRIPT)).doesNotContain("<script>alert(1)"));

        byte[] receipt = await().atMost(Duration.ofSeconds(30)).until(() -> http.postForEntity(
                "/api/public/case-tracking/receipt", JsonApi.json("{\"trackingCode\":\"" + code
                        + "\",\"accessKey\":\"" + key + "\"}"), byte[].class), r -> r.getStatusCode().is2xxSuccessful())
                .getBody();
        assertThat(text(receipt)).contains("<script>alert(1)</script>");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private void assertShownAsText(String session, String path) {
        String html = new PageSession(http).get(session, path).getBody();
        assertThat(html).contains(HtmlUtils.htmlEscape(SCRIPT)).doesNotContain("<script>alert(1)")
                .doesNotContain("<img src=x");
    }

    /** A text as the body of a JSON string, escaped for the hand-written JSON of {@link JsonApi}. */
    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private ResponseEntity<Map> assertRefusedWithNothingLeft(Supplier<ResponseEntity<Map>> request, int status,
                                                             String type) {
        ResponseEntity<Map> response = assertNothingLeft(request);

        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_JSON))
                .as("a problem detail").isTrue();
        assertThat(response.getBody()).containsEntry("type", type).containsKey("detail");
        return response;
    }

    /**
     * Sends the request and checks that no event was added, and that no event refers to an object it
     * stored: uploads never remove what they stored (another request may refer to the same bytes).
     */
    private <T> T assertNothingLeft(Supplier<T> request) {
        long events = eventCount();
        Set<String> objects = objectKeys();

        T response = request.get();

        assertThat(eventCount()).as("events stored").isEqualTo(events);
        Set<String> added = objectKeys();
        added.removeAll(objects);
        for (String key : added) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry "
                    + "WHERE position(? IN convert_from(payload, 'UTF8')) > 0", Long.class, key))
                    .as("events referring to %s", key).isZero();
        }
        return response;
    }

    /** An HTTP answer read without Spring. */
    record Answer(int status, String contentType, String body) {
    }

    /** Sends only the head of a request that declares a body of {@code length} bytes, then ends the connection's output. */
    private static Answer answerToDeclaredBody(String path, long length) {
        URI base = URI.create(baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getAuthority()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.shutdownOutput();
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher contentType = Pattern.compile("(?im)^Content-Type:\\s*(\\S+)").matcher(raw);
            return new Answer(Integer.parseInt(raw.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3)),
                    contentType.find() ? contentType.group(1) : "", raw.substring(raw.indexOf("\r\n\r\n") + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a body of {@code length} bytes in chunks, without declaring its length. */
    private static Answer answerToChunkedBody(String path, int length) {
        byte[] body = new byte[length];
        Arrays.fill(body, (byte) 'a');
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ResponseEntity<Map> send(Endpoint endpoint, String json) {
        TestRestTemplate client = endpoint.user() == null ? http : api.as(endpoint.user());
        if (endpoint.part() == null) {
            return client.exchange(endpoint.path(), endpoint.method(), JsonApi.json(json), Map.class);
        }
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add(endpoint.part(), JsonApi.part(MediaType.APPLICATION_JSON, json.getBytes(StandardCharsets.UTF_8), null));
        parts.add("file", JsonApi.part(MediaType.APPLICATION_PDF, TestPdfs.withPages("Válido"), "documento.pdf"));
        return client.postForEntity(endpoint.path(), new HttpEntity<>(parts, JsonApi.multipart()), Map.class);
    }

    private ResponseEntity<Map> upload(byte[] pdf) {
        return api.upload("mquispe", "INFORME", "Hostil", "INACAL/DM", false, pdf);
    }

    private long eventCount() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    private Set<String> objectKeys() {
        return StreamSupport.stream(minio.listObjects(ListObjectsArgs.builder().bucket(s3Endpoint.bucket())
                .recursive(true).build()).spliterator(), false).map(item -> {
                    try {
                        return item.get().objectName();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).collect(Collectors.toCollection(HashSet::new));
    }

    private static long decodeTempFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("ceropapel-decode-")).count();
        }
    }
}
