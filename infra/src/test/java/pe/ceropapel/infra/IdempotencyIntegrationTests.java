package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.ceropapel.signature.pdf.TestPdfs;

/**
 * A request sent again with the same {@code Idempotency-Key} is answered as the first time and
 * changes nothing; a key is one request's, and a malformed one is refused.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class IdempotencyIntegrationTests extends EmbeddedApplicationTestBase {

    private static final String KEY = "Idempotency-Key";

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcTemplate jdbc;
    private JsonApi api;

    @BeforeEach
    void directory() {
        new TestDirectory(http).office("INACAL/DM", "Dirección de Metrología")
                .office("INACAL/DN", "Dirección de Normalización")
                .person("jperez", "20000001", "INACAL/DM", "HEAD").person("mquispe", "20000002", "INACAL/DM")
                .head("INACAL/DM", "jperez");
        api = new JsonApi(http);
    }

    @Test
    void shouldAnswerARepeatedRegistrationSignatureAndDerivationAsTheFirstTimeAndDoThemOnce() {
        String key = UUID.randomUUID().toString();
        byte[] pdf = TestPdfs.withPages("Oficio sobre patrones de longitud");
        ResponseEntity<Map> first = api.upload("mquispe", "OFICIO", "Patrones de longitud", "INACAL/DM", false, pdf,
                KEY, key);
        ResponseEntity<Map> again = api.upload("mquispe", "OFICIO", "Patrones de longitud", "INACAL/DM", false, pdf,
                KEY, key);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        String id = (String) first.getBody().get("id");
        assertThat(count("DocumentRegisteredEvent", id)).isEqualTo(1);
        assertThat(count("CaseFileOpenedEvent", (String) first.getBody().get("caseFileId"))).isEqualTo(1);

        api.put("mquispe", "/api/documents/" + id + "/signature-plan",
                "{\"signers\":[{\"username\":\"jperez\",\"role\":\"SIGNATURE\"}]}");
        String signKey = UUID.randomUUID().toString();
        Map signed = sign(id, signKey).getBody();
        assertThat(sign(id, signKey).getBody()).isEqualTo(signed);
        assertThat(((Map) signed.get("number")).get("text").toString()).startsWith("OFICIO N° ");
        assertThat(count("DocumentSignedEvent", id)).isEqualTo(1);
        assertThat(count("DocumentNumberedEvent", id)).isEqualTo(1);
        assertThat(sign(id, UUID.randomUUID().toString()).getStatusCode())
                .as("another signature is a new request, refused by the document").isEqualTo(HttpStatus.CONFLICT);

        String deriveKey = UUID.randomUUID().toString();
        List<ResponseEntity<Map>> concurrent = sendTogether(() -> derive(id, deriveKey), () -> derive(id, deriveKey));
        assertThat(concurrent).extracting(ResponseEntity::getStatusCode).containsOnly(HttpStatus.CREATED);
        assertThat(concurrent.get(1).getBody()).isEqualTo(concurrent.get(0).getBody());
        assertThat(count("DocumentDerivedEvent", id)).isEqualTo(1);
        assertThat(derive(id, UUID.randomUUID().toString()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(count("DocumentDerivedEvent", id)).as("a new key is a new derivation").isEqualTo(2);
        assertThat(eventsWithRequestKey(deriveKey)).isEqualTo(1);
    }

    @Test
    void shouldRefuseAKeyUsedForAnotherRequestAndAMalformedKeyChangingNothing() {
        String key = UUID.randomUUID().toString();
        String id = (String) api.upload("mquispe", "INFORME", "Informe de ensayos", "INACAL/DM", false,
                TestPdfs.withPages("Informe de ensayos"), KEY, key).getBody().get("id");
        long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);

        ResponseEntity<Map> reused = api.as("mquispe").exchange("/api/documents/" + id + "/draft", HttpMethod.PUT,
                JsonApi.json("{\"subject\":\"Otro asunto\",\"recipients\":[]}", KEY, key), Map.class);
        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(reused.getBody().get("detail").toString()).contains("ya se usó para otra solicitud");

        for (String malformed : List.of("corta", "con espacios y más", "x".repeat(101), "<script>alert(1)</script>")) {
            ResponseEntity<Map> refused = api.as("mquispe").exchange("/api/documents/" + id + "/draft", HttpMethod.PUT,
                    JsonApi.json("{\"subject\":\"Otro asunto\",\"recipients\":[]}", KEY, malformed), Map.class);
            assertThat(refused.getStatusCode()).as(malformed).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).containsEntry("type", "urn:ceropapel:problem:invalid-idempotency-key");
            assertThat(refused.getBody().get("detail").toString()).contains("Idempotency-Key");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(events);
    }

    @Test
    void shouldRefuseTheSameKeySentWithAnotherBodyWhetherMultipartOrJson() {
        String key = UUID.randomUUID().toString();
        byte[] pdf = TestPdfs.withPages("Informe de verificación de termómetros");
        ResponseEntity<Map> first = api.upload("mquispe", "INFORME", "Verificación de termómetros", "INACAL/DM", false,
                pdf, KEY, key);
        String id = (String) first.getBody().get("id");

        ResponseEntity<Map> otherSubject = api.upload("mquispe", "INFORME", "Otro asunto cualquiera", "INACAL/DM",
                false, pdf, KEY, key);
        ResponseEntity<Map> otherFile = api.upload("mquispe", "INFORME", "Verificación de termómetros", "INACAL/DM",
                false, TestPdfs.withPages("Otro contenido"), KEY, key);
        ResponseEntity<Map> repeated = api.upload("mquispe", "INFORME", "Verificación de termómetros", "INACAL/DM",
                false, pdf, KEY, key);

        for (ResponseEntity<Map> refused : List.of(otherSubject, otherFile)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
            assertThat(refused.getBody().get("detail").toString()).contains("ya se usó para otra solicitud");
        }
        assertThat(repeated.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(repeated.getBody()).isEqualTo(first.getBody());
        assertThat(count("DocumentRegisteredEvent", id)).isEqualTo(1);

        String draftKey = UUID.randomUUID().toString();
        assertThat(editDraft(id, "Verificación de termómetros clínicos", draftKey).getStatusCode().is2xxSuccessful())
                .isTrue();
        ResponseEntity<Map> otherDraft = editDraft(id, "Un asunto distinto", draftKey);
        assertThat(otherDraft.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(otherDraft.getBody()).containsEntry("type", "urn:ceropapel:problem:rule-violated");
    }

    @Test
    void shouldLetExactlyOneOfEightConcurrentBodiesWithOneKeyThrough() {
        String key = UUID.randomUUID().toString();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ResponseEntity<Map>>> sent = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String subject = "Informe concurrente " + i;
            sent.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return api.upload("mquispe", "INFORME", subject, "INACAL/DM", false, TestPdfs.withPages(subject),
                        KEY, key);
            }));
        }
        start.countDown();
        List<ResponseEntity<Map>> answers = sent.stream().map(CompletableFuture::join).toList();

        assertThat(answers).filteredOn(answer -> answer.getStatusCode() == HttpStatus.CREATED).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.getStatusCode() == HttpStatus.UNPROCESSABLE_ENTITY).hasSize(7);
        String id = (String) answers.stream().filter(answer -> answer.getStatusCode() == HttpStatus.CREATED)
                .findFirst().orElseThrow().getBody().get("id");
        assertThat(count("DocumentRegisteredEvent", id)).isEqualTo(1);
    }

    private ResponseEntity<Map> editDraft(String id, String subject, String key) {
        return api.as("mquispe").exchange("/api/documents/" + id + "/draft", HttpMethod.PUT,
                JsonApi.json("{\"subject\":\"" + subject + "\",\"recipients\":[]}", KEY, key), Map.class);
    }

    private static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ResponseEntity<Map> sign(String id, String key) {
        return api.as("jperez").exchange("/api/documents/" + id + "/signatures", HttpMethod.POST,
                JsonApi.json("{\"pin\":\"" + PIN + "\"}", KEY, key), Map.class);
    }

    private ResponseEntity<Map> derive(String id, String key) {
        return api.as("mquispe").exchange("/api/documents/" + id + "/derivations", HttpMethod.POST, JsonApi.json(
                "{\"targets\":[{\"kind\":\"OFFICE\",\"recipient\":\"INACAL/DN\",\"action\":\"ATENDER\"}]}", KEY, key),
                Map.class);
    }

    private static List<ResponseEntity<Map>> sendTogether(Supplier<ResponseEntity<Map>> one,
                                                          Supplier<ResponseEntity<Map>> other) {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ResponseEntity<Map>>> sent = List.of(one, other).stream()
                .map(request -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return request.get();
                })).toList();
        start.countDown();
        return sent.stream().map(CompletableFuture::join).toList();
    }

    private long count(String eventType, String aggregate) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND payloadtype LIKE '%.' || ?", Long.class, aggregate, eventType);
    }

    private long eventsWithRequestKey(String key) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry "
                + "WHERE convert_from(metadata, 'UTF8')::json ->> 'requestKey' LIKE ?", Long.class, key + "#%");
    }
}
