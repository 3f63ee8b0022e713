package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import pe.ceropapel.signature.pdf.TestPdfs;

/**
 * The query side over HTTP on the real engines: full-text search with filters, facets and pages,
 * the reader's authorisation in every answer, inboxes, timelines, the citizen's case tracking and
 * read-your-writes.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class QuerySideIntegrationTests extends EmbeddedApplicationTestBase {

    private static final ZoneId LIMA = ZoneId.of("America/Lima");

    @Autowired
    private TestRestTemplate http;
    private JsonApi api;

    @BeforeEach
    void directory() {
        api = new JsonApi(http);
        new TestDirectory(http)
                .office("INACAL/GG", "Gerencia General")
                .office("INACAL/DM", "Dirección de Metrología")
                .office("INACAL/DN", "Dirección de Normalización")
                .office("INACAL/DA", "Dirección de Acreditación")
                .office("INACAL/OAJ", "Oficina de Asesoría Jurídica")
                .person("cmesa", "20000010", "INACAL/GG", "CLERK")
                .person("jperez", "20000001", "INACAL/DM", "HEAD")
                .person("mquispe", "20000002", "INACAL/DM")
                .person("lrojas", "20000003", "INACAL/DN", "HEAD")
                .person("rhuaman", "20000004", "INACAL/DA", "HEAD")
                .person("pvega", "20000011", "INACAL/OAJ")
                .head("INACAL/DM", "jperez");
    }

    @Test
    void shouldFindByAWordInsideThePdfWithFiltersFacetsAndPagesButNeverAConfidentialDocumentOfOthers() {
        String marker = uniqueWord();
        String open = api.register("mquispe", "INFORME", "Informe de balanzas " + marker, "INACAL/DM", false,
                TestPdfs.withPages("La calibración del termómetro " + marker + " se realizó en el laboratorio."))
                .get("id");
        Map<String, String> secret = api.register("mquispe", "INFORME", "Informe reservado " + marker, "INACAL/DM",
                true, TestPdfs.withPages("La calibración reservada del patrón " + marker + " quedó pendiente."));
        String number = signedByTheHeadOfDm(open);

        // with and without the accent, inside the PDF's text
        Map<String, Object> byAuthor = search("mquispe", "calibración " + marker);
        assertThat(ids(byAuthor)).containsExactlyInAnyOrder(open, secret.get("id"));
        assertThat(ids(search("mquispe", "calibracion " + marker))).containsExactlyInAnyOrder(open, secret.get("id"));
        assertThat(ids(search("mquispe", "CALIBRACION " + marker + " -reservada"))).containsExactly(open);
        assertThat(((List<Map<String, Object>>) byAuthor.get("hits")).get(0).get("highlights").toString())
                .contains("<mark>");
        assertThat(facet(byAuthor, "state")).containsEntry("DRAFT", 1L).containsEntry("ISSUED", 1L);
        assertThat(facet(byAuthor, "signer")).containsOnly(Map.entry("jperez", 1L));

        // someone outside the flow finds the issued one, never the confidential draft, not even in counts
        Map<String, Object> byOutsider = search("pvega", "calibracion " + marker);
        assertThat(ids(byOutsider)).containsExactly(open);
        assertThat(byOutsider.get("total")).isEqualTo(1);
        assertThat(facet(byOutsider, "state")).containsOnly(Map.entry("ISSUED", 1L));
        assertThat(facet(byOutsider, "type")).containsOnly(Map.entry("INFORME", 1L));
        assertThat(ids(search("pvega", "reservada " + marker))).isEmpty();
        assertThat(api.as("pvega").getForEntity("/api/documents/" + secret.get("id"), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.as("pvega").getForEntity("/api/documents/" + secret.get("id") + "/timeline", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.as("pvega").getForEntity("/api/documents/" + secret.get("id") + "/content", byte[].class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api.get("mquispe", "/api/documents/" + secret.get("id"))).containsEntry("confidential", true);

        String today = LocalDate.now(LIMA).toString();
        String tomorrow = LocalDate.now(LIMA).plusDays(1).toString();
        assertThat(ids(search("mquispe", marker, "type", "INFORME"))).hasSize(2);
        assertThat(ids(search("mquispe", marker, "type", "OFICIO"))).isEmpty();
        assertThat(ids(search("mquispe", marker, "state", "DRAFT"))).containsExactly(secret.get("id"));
        assertThat(ids(search("mquispe", marker, "signer", "jperez"))).containsExactly(open);
        assertThat(ids(search("mquispe", marker, "number", number.substring(number.indexOf(' ') + 4, number.indexOf(' ') + 15))))
                .containsExactly(open);
        assertThat(ids(search("mquispe", marker, "office", "INACAL/DN"))).isEmpty();
        assertThat(ids(search("mquispe", marker, "from", today, "to", today))).hasSize(2);
        assertThat(ids(search("mquispe", marker, "from", tomorrow))).isEmpty();
        assertThat(ids(search("mquispe", marker, "caseCode", secret.get("trackingCode"))))
                .containsExactly(secret.get("id"));

        Map<String, Object> first = search("mquispe", marker, "size", "1", "sort", "NEWEST");
        assertThat(ids(first)).containsExactly(secret.get("id"));
        Map<String, Object> second = search("mquispe", marker, "size", "1", "sort", "NEWEST", "after", first.get("next"));
        assertThat(ids(second)).containsExactly(open);
        Map<String, Object> third = search("mquispe", marker, "size", "1", "sort", "NEWEST", "after", second.get("next"));
        assertThat(ids(third)).isEmpty();
        assertThat(third.get("next")).isNull();
        assertThat(api.as("mquispe").getForEntity("/api/search?q=x&after=bm90LWEtY3Vyc29y", Map.class).getStatusCode())
                .as("a forged cursor").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.as("mquispe").getForEntity("/api/search?type=CARTITA", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void shouldFillEachTrayAndShowTheCitizenOnlyThePublicStepsOfTheCase() {
        Map<String, String> request = api.submitRequest("Rosa Ciudadana Flores", "Solicito constancia de calibración",
                TestPdfs.withPages("Solicito una constancia de calibración de mi balanza."));
        String trackingCode = request.get("trackingCode");
        String documentId = requestDocument(trackingCode);
        long toReceiveBefore = count("lrojas", "OFFICE", "TO_RECEIVE");

        ResponseEntity<Map> derived = api.as("cmesa").exchange("/api/documents/" + documentId + "/derivations",
                HttpMethod.POST, JsonApi.json("{\"comment\":\"Atender con prioridad interna\",\"targets\":["
                        + "{\"kind\":\"OFFICE\",\"recipient\":\"INACAL/DN\",\"action\":\"ATENDER\",\"dueDate\":\""
                        + LocalDate.now(LIMA).plusDays(3) + "\"},"
                        + "{\"kind\":\"OFFICE\",\"recipient\":\"INACAL/DA\",\"action\":\"CONOCIMIENTO\"}]}",
                        JsonApi.READ_YOUR_WRITES, "true"), Map.class);
        assertThat(derived.getHeaders().getFirst(JsonApi.READ_YOUR_WRITES)).isEqualTo("caught-up");
        List<String> derivations = (List<String>) derived.getBody().get("derivationIds");
        String toDn = "/api/documents/" + documentId + "/derivations/" + derivations.get(0);
        String toDa = "/api/documents/" + documentId + "/derivations/" + derivations.get(1);

        assertThat(count("lrojas", "OFFICE", "TO_RECEIVE")).isEqualTo(toReceiveBefore + 1);
        assertThat(tray("lrojas", "OFFICE", "TO_RECEIVE")).extracting(item -> item.get("derivationId"))
                .contains(derivations.get(0));
        assertThat(tray("cmesa", "PERSON", "SENT")).extracting(item -> item.get("derivationId"))
                .contains(derivations.toArray());
        assertThat(tray("lrojas", "OFFICE", "TO_RECEIVE").get(0)).containsEntry("from", "cmesa")
                .containsEntry("fromOffice", "INACAL/GG").containsEntry("type", "SOLICITUD");

        postAndCatchUp("lrojas", toDn + "/receipt", "{}");
        assertThat(tray("lrojas", "PERSON", "TO_ATTEND")).extracting(item -> item.get("derivationId"))
                .contains(derivations.get(0));
        assertThat(tray("lrojas", "OFFICE", "TO_RECEIVE")).extracting(item -> item.get("derivationId"))
                .doesNotContain(derivations.get(0));
        postAndCatchUp("lrojas", toDn + "/attention", "{\"comment\":\"Constancia emitida por el laboratorio\"}");
        postAndCatchUp("rhuaman", toDa + "/return", "{\"reason\":\"No corresponde a esta dirección\"}");
        assertThat(tray("cmesa", "PERSON", "RETURNED")).extracting(item -> item.get("derivationId"))
                .containsExactly(derivations.get(1));
        assertThat(tray("lrojas", "PERSON", "TO_ATTEND")).extracting(item -> item.get("derivationId"))
                .doesNotContain(derivations.get(0));

        Map<String, Object> view = api.get("cmesa", "/api/documents/" + documentId);
        assertThat(view).containsEntry("trackingCode", trackingCode).containsEntry("state", "ISSUED");
        assertThat((List<Map<String, Object>>) view.get("derivations")).extracting(d -> d.get("recipient"),
                d -> d.get("state")).containsExactly(tuple("INACAL/DN", "ATTENDED"), tuple("INACAL/DA", "RETURNED"));

        List<Map<String, Object>> internal = api.as("lrojas").getForObject("/api/documents/" + documentId + "/timeline",
                List.class);
        assertThat(internal).extracting(step -> step.get("action"))
                .containsSubsequence("REGISTERED", "ISSUED", "DERIVED", "DERIVED", "RECEIVED", "ATTENDED", "RETURNED");
        assertThat(internal).anySatisfy(step -> assertThat(step).containsEntry("actor", "rhuaman")
                .containsEntry("comment", "No corresponde a esta dirección"));

        ResponseEntity<String> tracked = track(request, String.class);
        assertThat(tracked.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tracked.getBody()).doesNotContain("cmesa", "lrojas", "rhuaman", "prioridad interna",
                "No corresponde", "Constancia emitida", "mesa-de-partes-virtual");
        Map<String, Object> publicView = track(request, Map.class).getBody();
        assertThat((List<Map<String, Object>>) publicView.get("steps")).extracting(step -> step.get("action"))
                .containsExactly("CASE_OPENED", "DERIVED", "DERIVED", "RECEIVED", "ATTENDED", "RETURNED");
        assertThat((List<Map<String, Object>>) publicView.get("steps")).extracting(step -> step.get("office"))
                .containsExactly("INACAL/GG", "INACAL/DN", "INACAL/DA", "INACAL/DN", "INACAL/DN", "INACAL/DA");
        assertThat(publicView).containsEntry("state", "RETURNED")
                .containsEntry("subject", "Solicito constancia de calibración");
        assertThat(http.postForEntity("/api/public/case-tracking", JsonApi.json("{\"trackingCode\":\"" + trackingCode
                + "\",\"accessKey\":\"clave-equivocada\"}"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.postForEntity("/api/public/case-tracking", JsonApi.json(
                "{\"trackingCode\":\"2099000001\",\"accessKey\":\"" + request.get("accessKey") + "\"}"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldShowTheCitizenDocumentsFiledLaterInTheCaseByTheirNumberUnlessConfidential() {
        Map<String, String> request = api.submitRequest("Rosa Ciudadana Flores", "Solicito acreditación de laboratorio",
                TestPdfs.withPages("Solicito la acreditación de mi laboratorio de ensayo."));
        String requestId = requestDocument(request.get("trackingCode"));
        String caseFileId = (String) api.get("cmesa", "/api/documents/" + requestId).get("caseFileId");
        // the mesa de partes sends the request to INACAL/DM, whose people then file their answers in its case file
        assertThat(api.post("cmesa", "/api/documents/" + requestId + "/derivations", "{\"targets\":[{\"kind\":\"OFFICE\","
                + "\"recipient\":\"INACAL/DM\",\"action\":\"ATENDER\"}]}").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String secret = api.fileIn(caseFileId, "mquispe", "INFORME", "Informe reservado de la visita", "INACAL/DM",
                true, TestPdfs.withPages("Informe reservado de la visita al laboratorio."));
        String answer = api.fileIn(caseFileId, "mquispe", "OFICIO", "Oficio de respuesta", "INACAL/DM", false,
                TestPdfs.withPages("Oficio de respuesta a la solicitud de acreditación."));
        String secretNumber = signedByTheHeadOfDm(secret);
        String answerNumber = signedByTheHeadOfDm(answer);

        Map<String, Object> publicView = track(request, Map.class).getBody();

        assertThat((List<Map<String, Object>>) publicView.get("steps"))
                .filteredOn(step -> !"DERIVED".equals(step.get("action")))
                .extracting(step -> step.get("action"), step -> step.get("office"), step -> step.get("document"))
                .containsExactly(tuple("CASE_OPENED", "INACAL/GG", "SOLICITUD"),
                        tuple("ISSUED", "INACAL/DM", "INFORME"),
                        tuple("ISSUED", "INACAL/DM", answerNumber));
        assertThat(publicView.toString()).doesNotContain(secretNumber);
        assertThat(publicView).containsEntry("state", "IN_PROGRESS");
    }

    @Test
    void shouldPutADocumentInTheTrayOfTheSignerWhoseTurnItIs() {
        String id = api.register("mquispe", "MEMORANDO", "Memorando de bandejas " + uniqueWord(), "INACAL/DM",
                false, TestPdfs.withPages("Memorando para la hoja de firmas.")).get("id");
        ResponseEntity<Map> planned = api.as("mquispe").exchange("/api/documents/" + id + "/signature-plan",
                HttpMethod.PUT, JsonApi.json("{\"signers\":[{\"username\":\"lrojas\",\"role\":\"APPROVAL\"},"
                        + "{\"username\":\"jperez\",\"role\":\"SIGNATURE\"}]}", JsonApi.READ_YOUR_WRITES, "true"),
                Map.class);
        assertThat(planned.getHeaders().getFirst(JsonApi.READ_YOUR_WRITES)).isEqualTo("caught-up");
        assertThat(tray("lrojas", "PERSON", "TO_APPROVE")).extracting(item -> item.get("documentId")).contains(id);
        assertThat(tray("jperez", "PERSON", "TO_SIGN")).extracting(item -> item.get("documentId")).doesNotContain(id);

        postAndCatchUp("lrojas", "/api/documents/" + id + "/signatures", "{\"pin\":\"" + PIN + "\"}");
        assertThat(tray("lrojas", "PERSON", "TO_APPROVE")).extracting(item -> item.get("documentId")).doesNotContain(id);
        assertThat(tray("jperez", "PERSON", "TO_SIGN")).extracting(item -> item.get("documentId")).contains(id);
        assertThat(tray("jperez", "OFFICE", "TO_SIGN")).extracting(item -> item.get("documentId")).contains(id);
        Map<String, Object> view = api.get("lrojas", "/api/documents/" + id);
        assertThat((List<Map<String, Object>>) view.get("signers")).extracting(s -> s.get("signed"))
                .containsExactly(true, false);
        Map<String, Object> counts = (Map<String, Object>) api.get("jperez", "/api/inbox").get("counts");
        assertThat(counts).containsKeys("TO_RECEIVE", "TO_ATTEND", "TO_SIGN", "TO_APPROVE", "RETURNED", "SENT",
                "OVERDUE");
        assertThat(((Number) counts.get("TO_SIGN")).longValue()).isPositive();
    }

    @Test
    void shouldTakeSearchEngineSyntaxAndOddCharactersInTheSearchBoxAsPlainWords() {
        String marker = uniqueWord();
        String open = api.register("mquispe", "INFORME", "Informe «" + marker + "» — ñandú & café", "INACAL/DM",
                false, TestPdfs.withPages("Texto del informe " + marker + ".")).get("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> ids(search("mquispe", marker)).contains(open));

        for (String hostile : List.of("((((", "*:*", "subject:\"" + marker, "{\"query\":{\"match_all\":{}}}",
                marker + " OR 1=1", "<script>alert(1)</script>", "~~~~~~~~ ^^^^ \\")) {
            ResponseEntity<Map> answer = api.as("pvega").getForEntity("/api/search?q={q}", Map.class, hostile);
            assertThat(answer.getStatusCode()).as(hostile).isEqualTo(HttpStatus.OK);
            assertThat(ids((Map<String, Object>) answer.getBody())).as(hostile).doesNotContain(open);
        }
        assertThat(ids(search("mquispe", "ñandú " + marker))).containsExactly(open);
        assertThat(ids(search("mquispe", "nandu cafe " + marker))).containsExactly(open);
    }

    /** The document that opened the citizen's case file of {@code trackingCode}, once the mesa de partes sees it. */
    private String requestDocument(String trackingCode) {
        return (String) await().atMost(Duration.ofSeconds(30)).until(() -> ((List<Map<String, Object>>)
                search("cmesa", "", "caseCode", trackingCode).get("hits")), hits -> hits.size() == 1).get(0)
                .get("documentId");
    }

    /** Signs {@code documentId} as the head of INACAL/DM, its only signer; answers the number it gets. */
    private String signedByTheHeadOfDm(String documentId) {
        assertThat(api.put("mquispe", "/api/documents/" + documentId + "/signature-plan",
                "{\"signers\":[{\"username\":\"jperez\",\"role\":\"SIGNATURE\"}]}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<Map> signed = api.as("jperez").exchange("/api/documents/" + documentId + "/signatures",
                HttpMethod.POST, JsonApi.json("{\"pin\":\"" + PIN + "\"}", JsonApi.READ_YOUR_WRITES, "true"), Map.class);
        assertThat(signed.getHeaders().getFirst(JsonApi.READ_YOUR_WRITES)).isEqualTo("caught-up");
        return (String) ((Map<?, ?>) signed.getBody().get("number")).get("text");
    }

    /** The citizen's lookup of the case file of {@code request}, with its access key. */
    private <T> ResponseEntity<T> track(Map<String, String> request, Class<T> type) {
        return http.postForEntity("/api/public/case-tracking", JsonApi.json("{\"trackingCode\":\""
                + request.get("trackingCode") + "\",\"accessKey\":\"" + request.get("accessKey") + "\"}"), type);
    }

    private void postAndCatchUp(String user, String path, String json) {
        ResponseEntity<Map> response = api.as(user).exchange(path, HttpMethod.POST,
                JsonApi.json(json, JsonApi.READ_YOUR_WRITES, "true"), Map.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(path + " " + response.getBody()).isTrue();
        assertThat(response.getHeaders().getFirst(JsonApi.READ_YOUR_WRITES)).isEqualTo("caught-up");
    }

    private Map<String, Object> search(String user, String text, Object... parameters) {
        StringBuilder uri = new StringBuilder("/api/search?q={q}");
        Object[] variables = new Object[parameters.length / 2 + 1];
        variables[0] = text;
        for (int i = 0; i < parameters.length; i += 2) {
            uri.append('&').append(parameters[i]).append("={v").append(i).append('}');
            variables[i / 2 + 1] = parameters[i + 1];
        }
        return api.get(user, uri.toString(), variables);
    }

    private long count(String user, String scope, String tab) {
        Map<String, Object> counts = (Map<String, Object>) api.get(user, "/api/inbox?scope=" + scope).get("counts");
        return ((Number) counts.get(tab)).longValue();
    }

    private List<Map<String, Object>> tray(String user, String scope, String tab) {
        return (List<Map<String, Object>>) api.get(user, "/api/inbox/" + tab + "?scope=" + scope + "&size=100")
                .get("items");
    }

    private static List<String> ids(Map<String, Object> result) {
        return ((List<Map<String, Object>>) result.get("hits")).stream()
                .map(hit -> (String) hit.get("documentId")).toList();
    }

    private static Map<String, Long> facet(Map<String, Object> result, String name) {
        List<Map<String, Object>> counts = (List<Map<String, Object>>) ((Map<String, Object>) result.get("facets"))
                .get(name);
        return counts.stream().collect(Collectors.toMap(c -> (String) c.get("value"),
                c -> ((Number) c.get("count")).longValue()));
    }

    /** A word no other test's document holds: letters only, so that analysis keeps it whole. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("zeta");
        ThreadLocalRandom.current().ints(10, 'a', 'z' + 1).forEach(letter -> word.append((char) letter));
        return word.toString();
    }
}
