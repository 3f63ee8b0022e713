package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import pe.ceropapel.signature.pdf.TestPdfs;

/**
 * An office's day in Chromium, as its people live it: a signer observes a document and it goes back
 * to its author until she sends a new version; the mesa de partes finds the citizens' requests in its
 * queue; a request is filed once however often its answer is reloaded; drafting answers no server
 * error; recipients typed on the form are checked, shown and reached on issue; a number or case code
 * finds its document; the bandeja opens on the tray with work. Each journey works in an office of its
 * own, so that what other tests leave in the shared trays cannot hide what it looks for.
 */
@SuppressWarnings("unchecked")
class OfficeDayWorkflowIntegrationTests extends EmbeddedApplicationTestBase {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @Autowired
    private TestRestTemplate http;
    private JsonApi api;

    /** A fresh office with its author, a reviewer who gives the V°B° and its head, who signs. */
    private record Team(String office, String officeName, String author, String reviewer, String head) {
    }

    @BeforeEach
    void directory() {
        api = new JsonApi(http);
        new TestDirectory(http)
                .office("INACAL/GG", "Gerencia General")
                .office("INACAL/DN", "Dirección de Normalización")
                .person("cmesa", "20000010", "INACAL/GG", "CLERK");
    }

    @Test
    void shouldReturnAnObservedDocumentToItsAuthorUntilSheSendsANewVersionAndRestartItsPlan() throws Exception {
        Team team = freshTeam();
        String subject = "Memorando de calibración de pesas " + marker();
        String id = plannedDraft(team, subject, true);
        assertThat(sign(team.reviewer(), id).getStatusCode()).isEqualTo(HttpStatus.OK);
        Path corrected = Files.write(Files.createTempFile("corregido-", ".pdf"),
                TestPdfs.withPages("Versión corregida con la tabla de incertidumbres."));

        try (Browser browser = new Browser(baseUrl(), "observe-and-return")) {
            browser.login(team.head()).screenshot("signer-inbox");
            assertThat(browser.text()).contains(subject);
            browser.clickText(subject).type("motivo-obs", "Falta la tabla de incertidumbres").click("observar")
                    .waitForText("Se observó el documento y volvió a su autor.").screenshot("observed");
            assertThat(browser.textOf("observacion")).contains("Falta la tabla de incertidumbres");
            assertThat(browser.text()).doesNotContain("PIN de su certificado digital");
            browser.open("/?bandeja=TO_SIGN").screenshot("signer-tray-after-observation");
            assertThat(browser.text()).doesNotContain(subject);
            assertThat(sign(team.head(), id).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(sign(team.reviewer(), id).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            browser.login(team.reviewer()).open("/?bandeja=TO_APPROVE");
            assertThat(browser.text()).doesNotContain(subject);

            browser.login(team.author()).screenshot("author-returned");
            assertThat(browser.text()).contains(subject, "Devuelto por Persona " + team.head() + " (Jefe, " + team.office() + "): Falta la tabla de incertidumbres");
            browser.clickText(subject).upload("archivo-reenvio", corrected).click("reenviar")
                    .waitForText("Se envió la nueva versión a firma.").screenshot("resubmitted");

            browser.login(team.reviewer()).screenshot("reviewer-again");
            assertThat(browser.text()).contains(subject);
            browser.clickText(subject).type("pin", PIN).click("firmar").waitForText("Se dio el V°B°.");
            browser.login(team.head());
            browser.clickText(subject).type("pin", PIN).click("firmar").waitForText("Se firmó el documento.")
                    .screenshot("issued");
            assertThat(browser.textOf("estado")).isEqualTo("Emitido");
            browser.login(team.author()).open("/?bandeja=RETURNED");
            assertThat(browser.text()).doesNotContain(subject);
        }
        Map<String, Object> issued = api.get(team.author(), "/api/documents/" + id);
        // registered (1), V°B° (2), observed; the new PDF (3), V°B° again (4), signature (5)
        assertThat(issued).containsEntry("state", "ISSUED").containsEntry("version", 5);
        assertThat((List<Map<String, Object>>) issued.get("signers")).allMatch(s -> Boolean.TRUE.equals(s.get("signed")));
    }

    @Test
    void shouldQueueACitizensRequestForTheMesaDePartesWithItsApplicantAndFileItOnceWhenReloaded() throws Exception {
        String marker = marker();
        String subject = "Solicitud de constancia de calibración " + marker;
        String dni = String.valueOf(ThreadLocalRandom.current().nextInt(40_000_000, 49_999_999));
        Path request = Files.write(Files.createTempFile("solicitud-", ".pdf"),
                TestPdfs.withPages("Solicito una constancia de calibración de mi balanza."));
        try (Browser browser = new Browser(baseUrl(), "citizen-request-queue")) {
            browser.open("/mesa-de-partes").type("numeroDocumento", dni).type("nombre", "Rosa Flores Quispe")
                    .type("correo", "rosa.flores@example.pe").type("asunto", subject).upload("archivo", request)
                    .click("enviar").waitForText("Solicitud recibida").screenshot("filed");
            String code = browser.textOf("codigo");
            assertThat(browser.url()).endsWith("/mesa-de-partes/recibida");
            browser.open(browser.url().substring(baseUrl().length())).screenshot("reloaded");
            assertThat(browser.textOf("codigo")).isEqualTo(code);
            List<Map<?, ?>> filed = await().atMost(Duration.ofSeconds(30)).until(() -> (List<Map<?, ?>>) api.get("cmesa",
                    "/api/search?caseCode={code}", code).get("hits"), hits -> !hits.isEmpty());
            assertThat(api.get("cmesa", "/api/search?q={marker}", marker).get("total")).isEqualTo(1);
            // as the clerk types it: words and stopwords
            assertThat(api.get("cmesa", "/api/search?q={subject}", subject).get("total")).isEqualTo(1);

            browser.login("cmesa").open("/?bandeja=REQUESTS").screenshot("clerk-queue");
            assertThat(browser.text()).contains(subject, "Rosa Flores Quispe · DNI " + dni);
            browser.clickText(subject).screenshot("request");
            assertThat(browser.textOf("estado")).isEqualTo("Recibido");
            assertThat(browser.textOf("solicitante")).isEqualTo("Rosa Flores Quispe");
            assertThat(browser.text()).contains(dni, "rosa.flores@example.pe", "Mesa de partes virtual")
                    .doesNotContain("anonymousUser");
            browser.expand("Derivar").choose("oficina", "INACAL/DN").choose("accion", "ATENDER")
                    .click("derivar").waitForText("Se derivó el documento.");
            browser.open("/?bandeja=REQUESTS").screenshot("clerk-queue-after-deriving");
            assertThat(browser.text()).doesNotContain(subject);
            assertThat(filed).hasSize(1);
        }
    }

    @Test
    void shouldRegisterFromTheFormWithoutAServerErrorBehindTheRedirect() {
        Team team = freshTeam();
        PageSession pages = new PageSession(http);
        String session = pages.login(team.author());
        ResponseEntity<String> form = pages.get(session, "/documentos/nuevo");
        Matcher token = CSRF.matcher(form.getBody());
        assertThat(token.find()).isTrue();
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        fields.add("_csrf", token.group(1));
        fields.add("tipo", "INFORME");
        fields.add("asunto", "Informe de mantenimiento " + marker());
        fields.add("cuerpo", "Se realizó el mantenimiento de las balanzas del laboratorio.");
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, session);
        headers.add("HX-Request", "true");
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

        ResponseEntity<String> registered = http.exchange("/documentos/nuevo", HttpMethod.POST,
                new HttpEntity<>(fields, headers), String.class);

        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(registered.getHeaders().getFirst("HX-Redirect")).startsWith("/documentos/");
    }

    @Test
    void shouldCheckShowAndReachTheRecipientsTypedOnTheNewDocumentForm() throws Exception {
        Team team = freshTeam();
        Team recipient = freshTeam();
        String subject = "Informe de intercomparación " + marker();
        Path pdf = Files.write(Files.createTempFile("informe-", ".pdf"), TestPdfs.withPages("Intercomparación de masas."));
        try (Browser browser = new Browser(baseUrl(), "new-document-recipients")) {
            browser.login(team.author()).open("/documentos/nuevo").choose("tipo", "INFORME").type("asunto", subject)
                    .type("destinatarios", "Oficina que no existe").upload("archivo", pdf).click("registrar")
                    .waitForText("No existe la oficina «Oficina que no existe»").screenshot("unknown-recipient");
            browser.type("destinatarios", recipient.officeName().toLowerCase().replace("í", "i"))
                    .upload("archivo", pdf).click("registrar").waitForText("Se registró el documento.")
                    .screenshot("registered-with-recipient");
            assertThat(browser.textOf("destinatarios")).isEqualTo(recipient.office());
            String id = browser.url().substring(browser.url().lastIndexOf('/') + 1);
            planFor(team, id, false);
            assertThat(sign(team.head(), id).getStatusCode()).isEqualTo(HttpStatus.OK);

            // the head of the office it went to finds it among their own documents, and receives it
            browser.login(recipient.head()).screenshot("recipient-inbox");
            assertThat(browser.text()).contains(subject);
            browser.clickText(subject).click("recibir").waitForText("Se recibió el documento.");
            browser.login(team.author()).open("/?bandeja=SENT").screenshot("sent-with-progress");
            assertThat(browser.text()).contains(subject, recipient.office() + ": Recibido");
        }
    }

    @Test
    void shouldFindADocumentByItsNumberAndItsCaseCodeInSearchAndAudit() throws Exception {
        Team team = freshTeam();
        String subject = "Memorando de verificación de termómetros " + marker();
        Map<String, String> registered = api.register(team.author(), "MEMORANDO", subject, team.office(), false,
                TestPdfs.withPages(subject));
        String id = registered.get("id");
        String caseCode = registered.get("trackingCode");
        planFor(team, id, false);
        ResponseEntity<Map> signed = sign(team.head(), id);
        String number = (String) ((Map<?, ?>) signed.getBody().get("number")).get("text");
        assertThat(number).startsWith("MEMORANDO N° ");
        String withoutType = number.substring("MEMORANDO N° ".length());

        try (Browser browser = new Browser(baseUrl(), "search-by-number")) {
            browser.login(team.author());
            for (String typed : List.of(number, number.toLowerCase().replace("n°", "nº"), withoutType, caseCode,
                    caseCode.replace("-", ""))) {
                browser.open("/buscar?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8)).screenshot("search");
                assertThat(browser.text()).as(typed).contains(subject);
            }
            browser.login("admin").open("/admin/auditoria?sujeto=DOCUMENT&id=" + URLEncoder.encode(number,
                    StandardCharsets.UTF_8)).screenshot("audit-by-number");
            assertThat(browser.text()).doesNotContain("No hay historial");
        }
        PageSession pages = new PageSession(http);
        String admin = pages.login("admin");
        for (String reference : List.of(number, caseCode)) {
            // the rest template encodes the query itself
            assertThat(pages.get(admin, "/admin/auditoria/export?sujeto=DOCUMENT&id=" + reference).getBody())
                    .as(reference).contains(id);
        }
    }

    @Test
    void shouldOpenTheBandejaOnTheTrayWithWorkAndShowDraftsAndDocumentsInSigning() throws Exception {
        Team team = freshTeam();
        String draft = "Borrador de procedimiento " + marker();
        String inSigning = "Memorando de programación de auditorías " + marker();
        api.register(team.author(), "INFORME", draft, team.office(), false, TestPdfs.withPages(draft));
        plannedDraft(team, inSigning, true);
        try (Browser browser = new Browser(baseUrl(), "bandeja-with-work")) {
            browser.login(team.reviewer()).screenshot("opens-on-approval");
            assertThat(browser.text()).contains(inSigning).doesNotContain("No hay documentos en esta bandeja.");

            browser.login(team.author()).screenshot("author-opens-on-drafts");
            assertThat(browser.text()).contains(draft).doesNotContain(inSigning);
            browser.open("/?bandeja=IN_SIGNING").screenshot("in-signing");
            assertThat(browser.text()).contains(inSigning, "Espera a Persona " + team.reviewer() + " (Servidor, " + team.office() + ")").doesNotContain(draft);
        }
    }

    private Team freshTeam() {
        int n = ThreadLocalRandom.current().nextInt(10_000, 99_999);
        Team team = new Team("INACAL/T" + n, "Laboratorio de Metrología " + n, "autor" + n, "revisor" + n, "jefe" + n);
        new TestDirectory(http).office(team.office(), team.officeName())
                .person(team.author(), dni(), team.office())
                .person(team.reviewer(), dni(), team.office())
                .person(team.head(), dni(), team.office(), "HEAD")
                .head(team.office(), team.head());
        return team;
    }

    /** Registers the author's draft and plans it for the head's signature, after the reviewer's V°B° if asked. */
    private String plannedDraft(Team team, String subject, boolean reviewed) {
        ResponseEntity<Map> registered = api.upload(team.author(), "MEMORANDO", subject, team.office(), false,
                TestPdfs.withPages(subject), JsonApi.READ_YOUR_WRITES, "true");
        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String id = (String) registered.getBody().get("id");
        planFor(team, id, reviewed);
        return id;
    }

    private void planFor(Team team, String id, boolean reviewed) {
        String plan = "{\"signers\":[" + (reviewed ? "{\"username\":\"" + team.reviewer() + "\",\"role\":\"APPROVAL\"}," : "")
                + "{\"username\":\"" + team.head() + "\",\"role\":\"SIGNATURE\"}]}";
        assertThat(api.as(team.author()).exchange("/api/documents/" + id + "/signature-plan", HttpMethod.PUT,
                JsonApi.json(plan, JsonApi.READ_YOUR_WRITES, "true"), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private ResponseEntity<Map> sign(String signer, String id) {
        return api.as(signer).exchange("/api/documents/" + id + "/signatures", HttpMethod.POST,
                JsonApi.json("{\"pin\":\"" + PIN + "\"}", JsonApi.READ_YOUR_WRITES, "true"), Map.class);
    }

    private static String dni() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(50_000_000, 59_999_999));
    }

    private static String marker() {
        return "lote" + (char) ('a' + ThreadLocalRandom.current().nextInt(26))
                + (char) ('a' + ThreadLocalRandom.current().nextInt(26)) + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }
}
