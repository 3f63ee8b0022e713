package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import pe.ceropapel.api.casefile.TrackingCode;
import pe.ceropapel.signature.pdf.TestPdfs;
import pe.ceropapel.storage.Sha256;

/** Case files on the real engines: the citizen intake opens one; office documents open or join one. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseFileIntegrationTests extends EmbeddedApplicationTestBase {

    private static final String REQUEST = "{\"identityType\":\"DNI\",\"identityNumber\":\"%s\",\"name\":\"Rosa Mendoza\","
            + "\"email\":\"rosa.mendoza@example.pe\",\"subject\":\"Solicitud de calibración de una balanza\"}";

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private OtherInstances instances;

    @Test
    @Order(1)
    void shouldOpenACaseFileForACitizenWithoutAnAccount() {
        ResponseEntity<Map> answer = intake(String.format(REQUEST, "45678912"), TestPdfs.withPages("Solicito calibración"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(answer.getBody()).containsOnlyKeys("trackingCode", "accessKey");
        String trackingCode = (String) answer.getBody().get("trackingCode");
        String accessKey = (String) answer.getBody().get("accessKey");
        assertThat(TrackingCode.isValid(trackingCode)).isTrue();
        assertThat(accessKey).hasSize(10);

        String opened = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domainevententry "
                + "WHERE payloadtype LIKE '%CaseFileOpenedEvent' AND convert_from(payload, 'UTF8') LIKE ?",
                String.class, "%" + trackingCode + "%");
        assertThat(opened).contains("\"origin\":\"CITIZEN\"").contains("45678912")
                .contains(Sha256.of(accessKey.getBytes())).doesNotContain(accessKey);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE convert_from(payload, 'UTF8') LIKE ?",
                Long.class, "%" + accessKey + "%")).as("the access key is never stored").isZero();

        String request = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8')::json ->> 'firstDocumentId' "
                + "FROM domainevententry WHERE payloadtype LIKE '%CaseFileOpenedEvent' AND convert_from(payload, 'UTF8') "
                + "LIKE ?", String.class, "%" + trackingCode + "%");
        new TestDirectory(http).office("INACAL/GG", "Gerencia General").office("INACAL/DM", "Dirección de Metrología")
                .person("cmesa", "20000009", "INACAL/GG", "CLERK");
        ResponseEntity<Map> derived = http.withBasicAuth("cmesa", "demo").postForEntity(
                "/api/documents/" + request + "/derivations", json("{\"targets\":[{\"kind\":\"OFFICE\","
                        + "\"recipient\":\"INACAL/DM\",\"action\":\"ATENDER\"}]}"), Map.class);
        assertThat(derived.getStatusCode()).as("the mesa de partes derives the request at once")
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    @Order(2)
    void shouldRefuseAnInvalidApplicantAndKeepNothing() {
        long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);

        ResponseEntity<Map> answer = intake(String.format(REQUEST, "123"), TestPdfs.withPages("Solicitud inválida"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(events);
    }

    @Test
    @Order(3)
    void shouldOpenACaseFileForAnOfficeDocumentAndLetTheAnswerJoinIt() {
        Map<String, Object> first = register(null);
        assertThat(TrackingCode.isValid((String) first.get("trackingCode"))).isTrue();
        String caseFileId = (String) first.get("caseFileId");

        Map<String, Object> answer = register(caseFileId);

        assertThat(answer).containsEntry("caseFileId", caseFileId).doesNotContainKey("trackingCode");
        assertThat(jdbc.queryForList("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? "
                + "ORDER BY sequencenumber", String.class, caseFileId))
                .containsExactly("pe.ceropapel.api.casefile.CaseFileOpenedEvent",
                        "pe.ceropapel.api.casefile.DocumentAddedToCaseFileEvent");
    }

    @Test
    @Order(4)
    void shouldRefuseToFileInAnUnknownCaseFileAndKeepNothing() {
        long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);

        ResponseEntity<Map> refused = registerResponse("no-such-case");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(events);
    }

    @Test
    @Order(5)
    void shouldLimitRequestsPerClientOnThePublicEndpoints() {
        // the budget is kept per instance and client address: a second instance with a small budget,
        // so that this test does not spend the budget of the public calls that other tests make
        try (ConfigurableApplicationContext instance = instances.start("--ceropapel.public.requests-per-minute=5")) {
            TestRestTemplate client = new TestRestTemplate(new RestTemplateBuilder()
                    .rootUri("http://127.0.0.1:" + ((WebServerApplicationContext) instance).getWebServer().getPort()));
            List<Integer> statuses = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                statuses.add(intake(client, "{}", new byte[0]).getStatusCode().value());
            }

            assertThat(statuses).contains(429);
            ResponseEntity<Map> limited = intake(client, "{}", new byte[0]);
            assertThat(limited.getStatusCode().value()).isEqualTo(429);
            assertThat(limited.getHeaders().getFirst("Retry-After")).isEqualTo("60");
            assertThat(limited.getBody()).containsEntry("type", "urn:ceropapel:problem:too-many-requests");
        }
    }

    private ResponseEntity<Map> intake(String requestJson, byte[] pdf) {
        return intake(http, requestJson, pdf);
    }

    private static ResponseEntity<Map> intake(TestRestTemplate client, String requestJson, byte[] pdf) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("request", json(requestJson));
        parts.add("file", pdfPart(pdf));
        return client.postForEntity("/api/public/intake", new HttpEntity<>(parts, multipartHeaders()), Map.class);
    }

    private Map<String, Object> register(String caseFileId) {
        ResponseEntity<Map> created = registerResponse(caseFileId);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody();
    }

    private ResponseEntity<Map> registerResponse(String caseFileId) {
        new TestDirectory(http).office("INACAL/DM", "Dirección de Metrología").person("mquispe", "20000002", "INACAL/DM");
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("metadata", json("{\"type\":\"INFORME\",\"subject\":\"Informe del expediente\",\"office\":\"INACAL/DM\""
                + (caseFileId == null ? "" : ",\"caseFileId\":\"" + caseFileId + "\"") + "}"));
        parts.add("file", pdfPart(TestPdfs.withPages("Informe " + System.nanoTime())));
        return http.withBasicAuth("mquispe", "demo")
                .postForEntity("/api/documents", new HttpEntity<>(parts, multipartHeaders()), Map.class);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static HttpEntity<ByteArrayResource> pdfPart(byte[] pdf) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PDF);
        return new HttpEntity<>(new ByteArrayResource(pdf) {
            @Override
            public String getFilename() {
                return "solicitud.pdf";
            }
        }, headers);
    }

    private static HttpHeaders multipartHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return headers;
    }
}
