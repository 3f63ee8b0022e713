package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static pe.ceropapel.infra.JsonApi.json;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.ceropapel.signature.pdf.TestPdfs;

/**
 * The signed PDF behind a verification code, downloaded without login: served only for issued
 * documents that are not confidential (the default rule), refused like an unknown code otherwise, and
 * every download recorded in the document's audit trail with the reader's address.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class PublicContentIntegrationTests extends EmbeddedApplicationTestBase {

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcTemplate jdbc;
    private JsonApi api;

    @BeforeEach
    void directory() {
        api = new JsonApi(http);
        new TestDirectory(http)
                .office("INACAL/DM", "Dirección de Metrología")
                .person("jperez", "20000001", "INACAL/DM", "HEAD")
                .person("mquispe", "20000002", "INACAL/DM")
                .head("INACAL/DM", "jperez");
    }

    @Test
    void shouldServeAnIssuedPublicDocumentsPdfByItsCodeAndRecordTheRead() {
        String id = issued("Informe público de calibración", false);
        String code = codeOf(id);

        ResponseEntity<byte[]> pdf = http.getForEntity("/api/public/verification/" + code + "/content", byte[].class);

        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(new String(pdf.getBody(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(publicReads(id)).singleElement().satisfies(read -> {
            assertThat(read).containsEntry("address", "127.0.0.1");
            assertThat((String) read.get("payload")).contains(code);
        });
        assertThat(http.getForObject("/verificar/" + code, String.class))
                .contains("/api/public/verification/" + code + "/content");
    }

    @Test
    void shouldRefuseAConfidentialDocumentsPdfLikeAnUnknownCodeAndRecordNothing() {
        String id = issued("Informe reservado de auditoría interna", true);
        String code = codeOf(id);

        ResponseEntity<String> refused = http.getForEntity("/api/public/verification/" + code + "/content",
                String.class);
        ResponseEntity<String> unknown = http.getForEntity("/api/public/verification/AAAA-BBBB-CCCC-DDDD/content",
                String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(refused.getBody()).contains("urn:ceropapel:problem:not-found").doesNotContain("%PDF", id, "reservado")
                .isEqualTo(unknown.getBody().replace("AAAA-BBBB-CCCC-DDDD", code));
        assertThat(publicReads(id)).isEmpty();
        assertThat(http.getForObject("/verificar/" + code, String.class))
                .doesNotContain("/api/public/verification/" + code + "/content");
    }

    @Test
    void shouldRefuseTheSignedPdfOfADraftInSignatureAndOfAnObservedDraft() {
        String id = api.register("mquispe", "INFORME", "Informe en firma", "INACAL/DM", false,
                TestPdfs.withPages("Informe en firma")).get("id");
        plan(id, "{\"signers\":[{\"username\":\"mquispe\",\"role\":\"APPROVAL\"},"
                + "{\"username\":\"jperez\",\"role\":\"SIGNATURE\"}]}");
        assertThat(sign("mquispe", id).getStatusCode()).isEqualTo(HttpStatus.OK);
        String code = codeOf(id);
        String content = "/api/public/verification/" + code + "/content";

        assertThat(http.getForEntity(content, String.class).getStatusCode()).as("a visto bueno only: not issued")
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.as("jperez").exchange("/api/documents/" + id + "/rejection", HttpMethod.POST,
                json("{\"reason\":\"Corregir la tabla de resultados\"}"), Map.class).getStatusCode().is2xxSuccessful())
                .isTrue();
        assertThat(http.getForEntity(content, String.class).getStatusCode()).as("observed")
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(publicReads(id)).isEmpty();
    }

    private String issued(String subject, boolean confidential) {
        String id = api.register("mquispe", "INFORME", subject, "INACAL/DM", confidential, TestPdfs.withPages(subject))
                .get("id");
        plan(id, "{\"signers\":[{\"username\":\"jperez\",\"role\":\"SIGNATURE\"}]}");
        assertThat(sign("jperez", id).getStatusCode()).isEqualTo(HttpStatus.OK);
        return id;
    }

    private void plan(String id, String plan) {
        assertThat(api.put("mquispe", "/api/documents/" + id + "/signature-plan", plan).getStatusCode()
                .is2xxSuccessful()).isTrue();
    }

    private ResponseEntity<Map> sign(String user, String id) {
        return api.as(user).exchange("/api/documents/" + id + "/signatures", HttpMethod.POST,
                json("{\"pin\":\"" + PIN + "\"}"), Map.class);
    }

    private String codeOf(String id) {
        return jdbc.queryForObject("SELECT verification_code FROM verifiable_document WHERE document_id = ?",
                String.class, id);
    }

    /** The public downloads in the document's audit trail, as an administrator reads it. */
    private List<Map<String, Object>> publicReads(String id) {
        List<Map<String, Object>> trail = api.as("admin").getForObject("/api/audit/documents/" + id, List.class);
        return trail.stream().filter(entry -> "PublicContentReadEvent".equals(entry.get("event"))).toList();
    }
}
