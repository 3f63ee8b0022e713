package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import pe.ceropapel.signature.pdf.TestPdfs;

/** The audit trail from the event store: who did what, when, from where, and who read a confidential document. */
@SuppressWarnings({"unchecked", "rawtypes"})
class AuditIntegrationTests extends EmbeddedApplicationTestBase {

    @Autowired
    private TestRestTemplate http;
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
    void shouldListEveryStepAndEveryReadOfAConfidentialDocumentAsJsonAndCsv() {
        String secret = api.register("mquispe", "INFORME", "Informe reservado de auditoría", "INACAL/DM", true,
                TestPdfs.withPages("Contenido reservado.")).get("id");
        String open = api.register("mquispe", "INFORME", "Informe público de auditoría", "INACAL/DM", false,
                TestPdfs.withPages("Contenido público.")).get("id");
        awaitReadable("mquispe", secret);
        awaitReadable("mquispe", open);
        assertThat(api.as("jperez").getForEntity("/api/documents/" + secret + "/content", byte[].class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        List<Map<String, Object>> trail = api.as("admin").getForObject("/api/audit/documents/" + secret, List.class);
        assertThat(trail.get(0)).containsEntry("event", "DocumentRegisteredEvent").containsEntry("user", "mquispe")
                .containsEntry("office", "INACAL/DM").containsEntry("address", "127.0.0.1").containsEntry("version", 1);
        assertThat(trail).filteredOn(entry -> "ConfidentialDocumentReadEvent".equals(entry.get("event")))
                .extracting(entry -> entry.get("user"), entry -> ((String) entry.get("payload")).contains("content"),
                        entry -> entry.get("version"))
                .contains(tuple("mquispe", false, 1), tuple("jperez", true, 1));
        List<Map<String, Object>> openTrail = api.as("admin").getForObject("/api/audit/documents/" + open, List.class);
        assertThat(openTrail).extracting(entry -> entry.get("event")).doesNotContain("ConfidentialDocumentReadEvent");

        ResponseEntity<String> csv = api.as("admin").getForEntity("/api/audit/documents/" + secret + ".csv",
                String.class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody().split("\r\n")).hasSize(trail.size() + 1);
        assertThat(csv.getBody()).startsWith("position,at,aggregate,sequence,event,user,office,address,version,payload")
                .contains(",DocumentRegisteredEvent,mquispe,INACAL/DM,127.0.0.1,1,\"{\"\"documentId\"\":");

        List<Map<String, Object>> person = api.as("admin").getForObject("/api/audit/people/mquispe", List.class);
        assertThat(person).extracting(entry -> entry.get("aggregate")).contains(secret, open);
        assertThat(api.as("mquispe").getForEntity("/api/audit/people/mquispe", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private void awaitReadable(String user, String id) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.as(user).getForEntity("/api/documents/" + id, Map.class).getStatusCode().is2xxSuccessful());
    }
}
