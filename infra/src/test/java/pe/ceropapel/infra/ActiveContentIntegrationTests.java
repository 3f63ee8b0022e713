package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static pe.ceropapel.infra.JsonApi.part;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import pe.ceropapel.api.document.SignatureRole;
import pe.ceropapel.api.interop.TramiteMessage;
import pe.ceropapel.signature.pades.PadesLevel;
import pe.ceropapel.signature.pades.PadesSigner;
import pe.ceropapel.signature.pades.SignatureAppearance;
import pe.ceropapel.signature.pdf.TestPdfs;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.Sha256;

/**
 * A PDF whose catalog runs JavaScript from an inline {@code /OpenAction} (a dictionary inside the
 * catalog, not an object of its own), and annexes that run code or hide what they are, sent every way
 * a file comes in: the employees' upload and content replacement, the new-document page, the mesa de
 * partes (API and page), a document's attachments, and a tramite from another entity. Every one is
 * refused with a reason in Spanish, and nothing of it is stored.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class ActiveContentIntegrationTests extends EmbeddedApplicationTestBase {

    private static final String PEER_RUC = "20444444445";
    private static final String OUR_RUC = "20600283015";
    private static final byte[] SCRIPTED = TestPdfs.withInlineOpeningScript("Informe que ejecuta un script al abrirse");

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ObjectStorage storage;
    @Autowired
    private PadesSigner signer;
    @TempDir
    Path dir;

    private JsonApi api;
    private PageSession pages;

    @BeforeEach
    void directory() {
        api = new JsonApi(http);
        pages = new PageSession(http);
        new TestDirectory(http)
                .office("INACAL/GG", "Gerencia General")
                .office("INACAL/DM", "Dirección de Metrología")
                .person("cmesa", "20000009", "INACAL/GG", "CLERK")
                .person("jperez", "20000001", "INACAL/DM", "HEAD")
                .person("mquispe", "20000002", "INACAL/DM")
                .head("INACAL/DM", "jperez");
    }

    @Test
    void shouldRefuseAnInlineOpeningScriptOnUploadAndOnReplacingADraftsContent() {
        long filed = filedEvents();

        assertActiveContent(api.upload("mquispe", "INFORME", "Informe con script", "INACAL/DM", false, SCRIPTED));
        String draft = api.register("mquispe", "INFORME", "Informe limpio", "INACAL/DM", false,
                TestPdfs.withPages("Informe limpio")).get("id");
        assertActiveContent(api.as("mquispe").exchange("/api/documents/" + draft + "/content", HttpMethod.PUT,
                files("file", part(MediaType.APPLICATION_PDF, SCRIPTED, "informe.pdf")), Map.class));

        assertThat(filedEvents()).as("only the clean registration").isEqualTo(filed + 1);
        assertThat(storage.exists("sha256/" + Sha256.of(SCRIPTED))).isFalse();
    }

    @Test
    void shouldSayWhyAnInlineOpeningScriptIsRefusedOnTheNewDocumentPage() {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("tipo", "INFORME");
        form.add("asunto", "Informe con script desde la página");
        form.add("archivo", part(MediaType.APPLICATION_PDF, SCRIPTED, "informe.pdf"));

        ResponseEntity<String> page = pages.submitWithFiles(pages.login("mquispe"), "/documentos/nuevo", form);

        assertThat(page.getStatusCode().value()).isEqualTo(422);
        assertThat(page.getBody()).contains("contenido activo");
        assertThat(storage.exists("sha256/" + Sha256.of(SCRIPTED))).isFalse();
    }

    @Test
    void shouldRefuseAnInlineOpeningScriptAtTheMesaDePartesByApiAndPage() {
        long filed = filedEvents();

        assertActiveContent(intake(part(MediaType.APPLICATION_PDF, SCRIPTED, "solicitud.pdf")));
        ResponseEntity<String> page = pages.submitWithFiles(null, "/mesa-de-partes",
                intakeForm(part(MediaType.APPLICATION_PDF, SCRIPTED, "solicitud.pdf")));

        assertThat(page.getStatusCode().value()).isEqualTo(422);
        assertThat(page.getBody()).contains("contenido activo");
        assertThat(filedEvents()).isEqualTo(filed);
        assertThat(storage.exists("sha256/" + Sha256.of(SCRIPTED))).isFalse();
    }

    @Test
    void shouldRefuseAnnexesThatRunCodeOrHideWhatTheyAreAsAttachmentsAndAtTheMesaDePartes() {
        String draft = api.register("mquispe", "INFORME", "Informe con anexos", "INACAL/DM", false,
                TestPdfs.withPages("Informe con anexos")).get("id");
        long filed = filedEvents();
        List<Hostile> hostile = List.of(
                new Hostile("anexo-script.pdf", MediaType.APPLICATION_PDF, SCRIPTED, "active-content", "contenido activo"),
                new Hostile("planos.zip", MediaType.parseMediaType("application/zip"), TestAnnexes.zipArchive(),
                        "annex-not-accepted", "archivo comprimido"),
                new Hostile("pagina.html", MediaType.TEXT_HTML, TestAnnexes.htmlPage(), "annex-not-accepted",
                        "página web"),
                new Hostile("informe.pdf", MediaType.APPLICATION_PDF, TestAnnexes.windowsProgram(),
                        "annex-not-accepted", "programa ejecutable"),
                new Hostile("informe.docx", MediaType.APPLICATION_OCTET_STREAM, TestAnnexes.docxWithMacros(),
                        "annex-not-accepted", "macros"),
                new Hostile("foto.pdf", MediaType.APPLICATION_PDF, TestAnnexes.png(), "annex-not-accepted",
                        "no corresponde a su contenido"));

        for (Hostile annex : hostile) {
            ResponseEntity<Map> attached = api.as("mquispe").postForEntity("/api/documents/" + draft + "/attachments",
                    files("file", annex.part()), Map.class);
            assertRefused(attached, annex);
            ResponseEntity<Map> received = intake(part(MediaType.APPLICATION_PDF, TestPdfs.withPages("Solicitud"),
                    "solicitud.pdf"), annex.part());
            assertRefused(received, annex);
            assertThat(storage.exists("sha256/" + Sha256.of(annex.content()))).as(annex.name()).isFalse();
        }
        assertThat(filedEvents()).as("nothing of the refused annexes was recorded").isEqualTo(filed);

        ResponseEntity<String> page = pages.submitWithFiles(null, "/mesa-de-partes", intakeForm(
                part(MediaType.APPLICATION_PDF, TestPdfs.withPages("Solicitud con anexo"), "solicitud.pdf"),
                part(MediaType.parseMediaType("application/zip"), TestAnnexes.zipArchive(), "planos.zip")));
        assertThat(page.getStatusCode().value()).isEqualTo(422);
        assertThat(page.getBody()).contains("id=\"error-anexos\"").contains("«planos.zip»", "archivo comprimido");
    }

    @Test
    void shouldAcceptOfficeDocumentsImagesAndTextAsAnnexesNamedAfterTheirContent() {
        String draft = api.register("mquispe", "INFORME", "Informe con anexos aceptables", "INACAL/DM", false,
                TestPdfs.withPages("Informe con anexos aceptables")).get("id");

        for (HttpEntity<?> annex : List.of(
                part(MediaType.APPLICATION_OCTET_STREAM, TestAnnexes.docx(), "relación.docx"),
                part(MediaType.IMAGE_PNG, TestAnnexes.png(), "foto"),
                part(MediaType.TEXT_PLAIN, "Relación de balanzas".getBytes(), "relación.txt"),
                part(MediaType.APPLICATION_PDF, TestPdfs.withPages("Anexo"), "anexo.pdf"))) {
            assertThat(api.as("mquispe").postForEntity("/api/documents/" + draft + "/attachments", files("file", annex),
                    Map.class).getStatusCode().value()).isEqualTo(201);
        }

        assertThat(jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM domainevententry "
                        + "WHERE aggregateidentifier = ? AND payloadtype LIKE '%AttachmentAddedEvent'", String.class, draft))
                .anySatisfy(payload -> assertThat(payload).contains("foto.png", "image/png"))
                .anySatisfy(payload -> assertThat(payload).contains("relación.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    }

    @Test
    void shouldRefuseASignedTramiteWhosePdfRunsAnInlineOpeningScript() throws Exception {
        PeerEntity peer = new PeerEntity(PEER_RUC);
        InteropIntegrationTests.registerPartner(http, PEER_RUC, "Entidad de prueba", "http://127.0.0.1:9/", "PIDE_SOAP",
                Map.of("sealCertificatePem", peer.certificatePem()));
        Path unsigned = Files.write(dir.resolve("oficio.pdf"), TestPdfs.withInlineOpeningScript("Oficio con script"));
        Path signed = dir.resolve("oficio-firmado.pdf");
        signer.sign(unsigned, signed, new SignatureAppearance("Entidad de prueba", null, SignatureRole.SIGNATURE),
                PadesLevel.B, peer.open());
        byte[] pdf = Files.readAllBytes(signed);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getCOSObject().getItem(COSName.OPEN_ACTION))
                    .as("signed, the script is still inline in the catalog").isInstanceOf(COSDictionary.class);
        }
        long received = jdbc.queryForObject(
                "SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%TramiteReceivedEvent'", Long.class);

        String path = "/api/interop/tramites";
        byte[] body = new ObjectMapper().registerModule(new JavaTimeModule()).writeValueAsBytes(new TramiteMessage(
                InteropIntegrationTests.tramite("S000000001", "Oficio con script", pdf, PEER_RUC), pdf));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        peer.sign("POST", path, body).forEach(request::header);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        assertThat(answer.body()).contains("urn:ceropapel:problem:active-content").contains("contenido activo");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE payloadtype LIKE "
                + "'%TramiteReceivedEvent'", Long.class)).isEqualTo(received);
        assertThat(storage.exists("sha256/" + Sha256.of(pdf))).isFalse();
    }

    /** An annex that must be refused, with the problem type and the words of its Spanish detail. */
    private record Hostile(String name, MediaType declared, byte[] content, String type, String words) {

        HttpEntity<?> part() {
            return JsonApi.part(declared, content, name);
        }
    }

    private static void assertRefused(ResponseEntity<Map> response, Hostile annex) {
        assertThat(response.getStatusCode().value()).as(annex.name() + ": " + response.getBody()).isEqualTo(422);
        assertThat(response.getBody()).containsEntry("type", "urn:ceropapel:problem:" + annex.type())
                .containsEntry("annex", annex.name());
        assertThat((String) response.getBody().get("detail")).contains("«" + annex.name() + "»", annex.words());
    }

    private static void assertActiveContent(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(422);
        assertThat(response.getBody()).containsEntry("type", "urn:ceropapel:problem:active-content");
        assertThat((String) response.getBody().get("detail")).contains("contenido activo");
    }

    /** A request through the mesa de partes virtual's API with its PDF and annexes. */
    private ResponseEntity<Map> intake(HttpEntity<?> file, HttpEntity<?>... annexes) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("request", part(MediaType.APPLICATION_JSON, ("{\"identityType\":\"DNI\",\"identityNumber\":\"40000001\","
                + "\"name\":\"Rosa Díaz\",\"email\":\"rosa@example.pe\",\"subject\":\"Solicitud con archivos\"}")
                .getBytes(), null));
        parts.add("file", file);
        for (HttpEntity<?> annex : annexes) {
            parts.add("attachments", annex);
        }
        return http.postForEntity("/api/public/intake", new HttpEntity<>(parts, JsonApi.multipart()), Map.class);
    }

    /** The mesa de partes page's form, filled in, with its PDF and annexes. */
    private static MultiValueMap<String, Object> intakeForm(HttpEntity<?> file, HttpEntity<?>... annexes) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("tipoDocumento", "DNI");
        form.add("numeroDocumento", "40000001");
        form.add("nombre", "Rosa Díaz");
        form.add("correo", "rosa@example.pe");
        form.add("asunto", "Solicitud desde la página");
        form.add("archivo", file);
        for (HttpEntity<?> annex : annexes) {
            form.add("anexos", annex);
        }
        return form;
    }

    private static HttpEntity<MultiValueMap<String, Object>> files(String name, HttpEntity<?> file) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add(name, file);
        return new HttpEntity<>(parts, JsonApi.multipart());
    }

    /** Documents registered, contents replaced and annexes added, by anyone. */
    private long filedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%.DocumentRegisteredEvent' "
                + "OR payloadtype LIKE '%.ContentReplacedEvent' OR payloadtype LIKE '%.AttachmentAddedEvent'", Long.class);
    }
}
