package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.ceropapel.signature.pdf.TestPdfs;

/**
 * A document signed by one person gets its number and its verification code at that one signature;
 * anyone verifying it by the code printed on it sees that number.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class SingleSignerVerificationIntegrationTests extends EmbeddedApplicationTestBase {

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void shouldShowTheNumberOfASingleSignersDocumentInPublicVerification() {
        new TestDirectory(http).office("INACAL/DM", "Dirección de Metrología")
                .person("jperez", "20000001", "INACAL/DM", "HEAD").person("mquispe", "20000002", "INACAL/DM")
                .head("INACAL/DM", "jperez");
        JsonApi api = new JsonApi(http);
        String id = api.register("mquispe", "MEMORANDO", "Memorando con un solo firmante", "INACAL/DM", false,
                TestPdfs.withPages("Memorando con un solo firmante")).get("id");
        assertThat(api.put("mquispe", "/api/documents/" + id + "/signature-plan",
                "{\"signers\":[{\"username\":\"jperez\",\"role\":\"SIGNATURE\"}]}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<Map> signed = api.post("jperez", "/api/documents/" + id + "/signatures",
                "{\"pin\":\"" + PIN + "\"}");

        assertThat(signed.getStatusCode()).as(String.valueOf(signed.getBody())).isEqualTo(HttpStatus.OK);
        String number = (String) ((Map<String, Object>) signed.getBody().get("number")).get("text");
        assertThat(number).startsWith("MEMORANDO N° ");
        String code = jdbc.queryForObject("SELECT verification_code FROM verifiable_document WHERE document_id = ?",
                String.class, id);
        Map<String, Object> verified = http.getForObject("/api/public/verification/" + code, Map.class);
        assertThat(verified).containsEntry("valid", true).containsEntry("number", number);
    }
}
