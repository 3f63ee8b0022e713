package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.ceropapel.signature.pdf.TestPdfs;

/**
 * An office's day in Chromium, for the pages that misled people: errors as Spanish pages, the
 * verification of unsigned and signed PDFs, people by name, states in words, downloads named after
 * the document, confirmation before destructive actions, forms that keep what was typed, codes as
 * people type them, and every page on a phone's screen, each checked by axe-core.
 */
@SuppressWarnings("unchecked")
class OfficeDayPagesIntegrationTests extends EmbeddedApplicationTestBase {

    private static final int PHONE_WIDTH = 375;
    private static final int PHONE_HEIGHT = 667;

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private OtherInstances instances;

    private JsonApi api;

    @BeforeEach
    void directory() {
        new TestDirectory(http)
                .office("INACAL/GG", "Gerencia General")
                .office("INACAL/DM", "Dirección de Metrología")
                .office("INACAL/DN", "Dirección de Normalización")
                .person("cmesa", "20000010", "INACAL/GG", "CLERK")
                .person("jperez", "20000001", "INACAL/DM", "HEAD")
                .person("mquispe", "20000002", "INACAL/DM")
                .person("lrojas", "20000003", "INACAL/DN", "HEAD")
                .head("INACAL/DM", "jperez");
        api = new JsonApi(http);
    }

    @Test
    void shouldAnswerAWrongAddressWhileSignedInWithASpanishPageAndAWayBack() throws Exception {
        try (Browser browser = new Browser(baseUrl(), "wrong-address")) {
            browser.login("mquispe").open("/documentos/" + UUID.randomUUID() + "/no-existe").screenshot("wrong-address");
            assertThat(browser.title()).isEqualTo("No encontramos esta página · Cero Papel");
            assertThat(browser.text()).contains("La dirección no existe").doesNotContain("urn:ceropapel", "Not found");
            browser.click("volver");
            assertThat(browser.title()).isEqualTo("Bandeja · Cero Papel");

            browser.open("/documentos/" + UUID.randomUUID()).screenshot("unknown-document");
            assertThat(browser.title()).isEqualTo("No encontramos esta página · Cero Papel");

            browser.open("/tramites-externos").screenshot("forbidden");
            assertThat(browser.title()).isEqualTo("No tiene permiso para ver esta página · Cero Papel");
            assertThat(browser.text()).contains("No tiene permiso para realizar esta operación.", "Volver a la Bandeja")
                    .doesNotContain("urn:ceropapel");
        }
        // API clients keep their problem details, on the API and on a page's address alike
        HttpHeaders json = new HttpHeaders();
        json.setAccept(List.of(MediaType.APPLICATION_JSON));
        ResponseEntity<String> apiAnswer = api.as("mquispe").exchange("/api/no-existe", HttpMethod.GET,
                new HttpEntity<>(json), String.class);
        assertThat(apiAnswer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(apiAnswer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(apiAnswer.getBody()).contains("urn:ceropapel:problem:not-found");
        PageSession pages = new PageSession(http);
        ResponseEntity<String> pageForJson = pages.get(pages.login("mquispe"), "/documentos/" + UUID.randomUUID());
        assertThat(pageForJson.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void shouldShowTooManyRequestsAsASpanishPageWhileTheApiKeepsItsProblem() throws Exception {
        // the budget is kept per instance and client address: an instance of its own with a small one
        try (ConfigurableApplicationContext instance = instances.start("--ceropapel.public.requests-per-minute=3")) {
            String url = "http://127.0.0.1:" + ((WebServerApplicationContext) instance).getWebServer().getPort();
            try (Browser browser = new Browser(url, "too-many-requests")) {
                for (int i = 0; i < 5 && !browser.title().startsWith("Demasiadas"); i++) {
                    browser.open("/consulta");
                }
                browser.screenshot("too-many-requests");
                assertThat(browser.title()).isEqualTo("Demasiadas solicitudes seguidas · Cero Papel");
                assertThat(browser.text()).contains("Espere un minuto").doesNotContain("urn:ceropapel");
                assertThat(browser.textOf("volver-a-intentar")).isEqualTo("Volver a intentarlo");
                assertThat(browser.textOf("volver")).isEqualTo("Ir a la consulta de trámite");
                browser.click("volver-a-intentar");
                assertThat(browser.url()).endsWith("/consulta");
            }
            // a client that does not wait for Retry-After and try again by itself, as Apache's does
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest lookup = HttpRequest.newBuilder(URI.create(url + "/api/public/case-tracking"))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"trackingCode\":\"2026-0000001\",\"accessKey\":\"ABCDEFGHJK\"}")).build();
            HttpResponse<String> limited = null;
            // the budget refills as time passes: spend what came back since the page
            for (int i = 0; i < 5 && (limited == null || limited.statusCode() != 429); i++) {
                limited = client.send(lookup, HttpResponse.BodyHandlers.ofString());
            }
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(limited.body()).contains("urn:ceropapel:problem:too-many-requests");
        }
    }

    @Test
    void shouldSayThatAnUnsignedPdfHasNoSignaturesAndWhyASignatureIsValid() throws Exception {
        Path unsigned = Files.write(Files.createTempFile("sin-firmas-", ".pdf"), TestPdfs.withPages("Sin firmas"));
        Path receipt = Files.write(Files.createTempFile("cargo-", ".pdf"), receipt(filedRequest("Cargo a verificar")));
        try (Browser browser = new Browser(baseUrl(), "verify-reasons")) {
            browser.open("/verificar").upload("archivo-verificar", unsigned).click("verificar-archivo")
                    .screenshot("unsigned");
            assertThat(browser.textOf("resultado")).isEqualTo("Este PDF no tiene firmas digitales.");
            assertThat(browser.text()).doesNotContain("Hay firmas que no son válidas", "Firmante");

            browser.open("/verificar").upload("archivo-verificar", receipt).click("verificar-archivo")
                    .waitForText("Todas las firmas son válidas.").screenshot("sealed-receipt");
            assertThat(browser.textOf("firmas"))
                    .contains("Instituto Nacional de Calidad - INACAL (sello)",
                            "Firma íntegra.", "de la infraestructura de firma de la entidad", "La firma es válida.")
                    .doesNotContain("CN=", "O=", "SERIALNUMBER");
        }
    }

    @Test
    void shouldShowPeopleByNameStatesInWordsAVistoBuenoAndDownloadsNamedAfterTheDocument() throws Exception {
        String marker = marker();
        String id = registered("Informe de calibración de pesas " + marker);
        planned(id, "{\"username\":\"lrojas\",\"role\":\"APPROVAL\"},{\"username\":\"jperez\",\"role\":\"SIGNATURE\"}");
        try (Browser browser = new Browser(baseUrl(), "names-and-states")) {
            browser.login("lrojas").open("/documentos/" + id).screenshot("awaiting-approval");
            assertThat(browser.textOf("estado")).isEqualTo("En firma (1 de 2)");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(browser.open("/buscar?q=" + marker).textOf("resultados-lista")).contains("En firma (1 de 2)"));
            browser.open("/documentos/" + id);
            assertThat(browser.text()).contains("Persona mquispe (Servidor, INACAL/DM)",
                    "V°B°: Persona lrojas (Jefe, INACAL/DN)", "Firma: Persona jperez (Jefe, INACAL/DM)");
            browser.type("pin", PIN).click("firmar").waitForText("Se dio el V°B°.").screenshot("approved");
            assertThat(browser.textOf("estado")).isEqualTo("En firma (2 de 2)");
            String number = signed(id);

            browser.login("admin").open("/admin/auditoria?sujeto=DOCUMENT&id=" + id).screenshot("audit");
            assertThat(browser.text()).contains("Documento registrado", "Hoja de firmas guardada", "Firma o V°B°",
                    "Persona lrojas (Jefe, INACAL/DN)", "127.0.0.1 (este mismo servidor)")
                    .doesNotContain("DocumentRegisteredEvent", "DocumentSignedEvent");
            browser.open("/admin/tipos");
            assertThat(browser.text()).doesNotContain("ceropapel.", "configura con");

            PageSession pages = new PageSession(http);
            ResponseEntity<String> pdf = pages.get(pages.login("mquispe"), "/documentos/" + id + "/pdf");
            String disposition = pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
            assertThat(number).matches("INFORME N° \\d{6}-\\d{4}-INACAL/DM");
            assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo(number.replace('/', '-') + ".pdf");
            assertThat(disposition).contains("filename*=UTF-8''INFORME%20N%C2%B0%20");
        }
    }

    @Test
    void shouldAskBeforeArchivingAnnullingOrDeactivating() throws Exception {
        String archived = issued("Informe para archivar " + marker());
        String annulled = issued("Informe para anular " + marker());
        String leaving = "baja" + ThreadLocalRandom.current().nextInt(1000, 9999);
        new TestDirectory(http).person(leaving, dni(), "INACAL/DM");
        try (Browser browser = new Browser(baseUrl(), "confirmations")) {
            browser.login("mquispe").open("/documentos/" + archived).expand("Archivar o anular")
                    .press("form[action$='/archivar'] button").screenshot("archive-asks");
            assertThat(browser.title()).isEqualTo("¿Archivar este documento? · Cero Papel");
            browser.click("cancelar");
            assertThat(browser.textOf("estado")).isEqualTo("Emitido");
            browser.expand("Archivar o anular").press("form[action$='/archivar'] button").click("confirmar")
                    .waitForText("Se archivó.").screenshot("archived");
            assertThat(browser.textOf("estado")).isEqualTo("Archivado");

            browser.login("admin").open("/admin/personas").press("tr:has(input[value='" + leaving + "']) button")
                    .screenshot("deactivation-asks");
            assertThat(browser.title()).isEqualTo("¿Dar de baja a Persona " + leaving + "? · Cero Papel");
            assertThat(active(leaving)).isTrue();
            browser.click("confirmar").waitForText("Se dio de baja a la persona.").screenshot("deactivated");
            assertThat(active(leaving)).isFalse();
        }
        PageSession pages = new PageSession(http);
        String head = pages.login("jperez");
        String page = "/documentos/" + annulled;
        ResponseEntity<String> asked = pages.submitTo(head, page, page + "/anular", "motivo", "Número duplicado");
        assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(asked.getBody()).contains("¿Anular este documento?", "value=\"Número duplicado\"");
        assertThat(api.get("jperez", "/api/documents/" + annulled)).containsEntry("state", "ISSUED");
        ResponseEntity<String> confirmed = pages.submitTo(head, page, page + "/anular", "motivo", "Número duplicado",
                "confirmado", "si");
        assertThat(confirmed.getStatusCode().is3xxRedirection()).isTrue();
        assertThat(api.get("jperez", "/api/documents/" + annulled)).containsEntry("state", "ANNULLED");
    }

    @Test
    void shouldRefuseAnAdministratorDeactivatingThemself() {
        String administrator = "jefa" + ThreadLocalRandom.current().nextInt(1000, 9999);
        new TestDirectory(http).person(administrator, dni(), "INACAL/GG", "ADMIN");

        ResponseEntity<Map> refused = api.as(administrator).exchange("/api/people/" + administrator, HttpMethod.DELETE,
                null, Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody()).containsEntry("type", "urn:ceropapel:problem:rule-violated")
                .containsEntry("detail", "No puede darse de baja a sí mismo: pídaselo a otro administrador.");

        PageSession pages = new PageSession(http);
        String session = pages.login(administrator);
        assertThat(pages.get(session, "/admin/personas").getBody())
                .doesNotContain("name=\"usuario\" value=\"" + administrator + "\"");
        ResponseEntity<String> answer = pages.submitTo(session, "/admin/personas", "/admin/personas/baja",
                "usuario", administrator);
        assertThat(answer.getStatusCode().is3xxRedirection()).isTrue();
        assertThat(pages.get(session, "/admin/personas").getBody())
                .contains("No puede darse de baja a sí mismo: pídaselo a otro administrador.");
        assertThat(active(administrator)).isTrue();
    }

    @Test
    void shouldKeepWhatWasTypedAndChosenListTheErrorsOnTopAndSayWhyAFileWasRefused() throws Exception {
        String marker = marker();
        Path request = Files.write(Files.createTempFile("solicitud-", ".pdf"), TestPdfs.withPages("Solicitud"));
        Path notAPdf = Files.writeString(Files.createTempFile("carta-", ".pdf"), "Solo texto, no un PDF");
        try (Browser browser = new Browser(baseUrl(), "forgiving-forms")) {
            browser.open("/mesa-de-partes").choose("tipoDocumento", "RUC").type("numeroDocumento", "123")
                    .type("nombre", "Comercial Andina SAC").type("correo", "ventas@").type("asunto", "Constancia " + marker)
                    .upload("archivo", notAPdf).click("enviar").screenshot("file-refused");
            assertThat(browser.textOf("error-archivo")).startsWith("El archivo no es un PDF.");
            assertThat(browser.text()).doesNotContain("Se conserva el archivo");

            browser.upload("archivo", request).click("enviar").screenshot("intake-errors");
            assertThat(browser.run("return document.activeElement.hasAttribute('data-error-summary');")).isEqualTo(true);
            assertThat(browser.textOf("errores-titulo")).isEqualTo("Revise 2 dato(s) del formulario:");
            assertThat(browser.valueOf("tipoDocumento")).isEqualTo("RUC");
            assertThat(browser.valueOf("nombre")).isEqualTo("Comercial Andina SAC");
            assertThat(browser.valueOf("asunto")).isEqualTo("Constancia " + marker);
            assertThat(browser.textOf("archivo-conservado")).isEqualTo("Se conserva el archivo «" + request.getFileName()
                    + "»: envíe el formulario sin volver a elegirlo, o elija otro para reemplazarlo.");

            // corrected without choosing the file again: the kept one is filed
            browser.type("numeroDocumento", "20100000001").type("correo", "ventas@andina.pe").click("enviar")
                    .waitForText("Solicitud recibida").screenshot("filed-with-the-kept-file");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.as("cmesa")
                    .getForObject("/api/search?q={q}", Map.class, marker).get("total")).isEqualTo(1));
            String filedId = (String) ((Map<?, ?>) ((List<?>) api.as("cmesa")
                    .getForObject("/api/search?q={q}", Map.class, marker).get("hits")).get(0)).get("documentId");
            assertThat(api.as("cmesa").getForObject("/api/documents/{id}/content", byte[].class, filedId))
                    .isEqualTo(Files.readAllBytes(request));

            Path tooLarge = Files.write(Files.createTempFile("grande-", ".pdf"), new byte[(int) UPLOAD_LIMIT + 1024 * 1024]);
            browser.open("/mesa-de-partes").upload("archivo", tooLarge).click("enviar").screenshot("file-too-large");
            assertThat(browser.title()).isEqualTo("El archivo es demasiado grande · Cero Papel");
            assertThat(browser.text()).contains("supera el tamaño máximo permitido de 2 MB.").doesNotContain("urn:ceropapel");
            browser.click("volver-a-intentar");
            assertThat(browser.title()).isEqualTo("Mesa de partes virtual · Cero Papel");

            browser.login("mquispe").open("/documentos/nuevo").choose("tipo", "MEMORANDO")
                    .type("asunto", "Memorando reservado").press("input[name=confidencial]").click("registrar")
                    .waitForText("Adjunte un PDF o escriba el texto").screenshot("new-document-errors");
            assertThat(browser.run("return document.querySelector('input[name=confidencial]').checked;")).isEqualTo(true);
            assertThat(browser.valueOf("tipo")).isEqualTo("MEMORANDO");
            assertThat(browser.run("return document.activeElement.hasAttribute('data-error-summary');")).isEqualTo(true);

            // a PDF chosen with a form that has errors is kept: the corrected form registers those bytes
            browser.open("/documentos/nuevo").choose("tipo", "INFORME").type("asunto", "Informe " + marker)
                    .type("destinatarios", "Oficina inexistente").upload("archivo", request).click("registrar")
                    .waitForText("Se conserva el archivo").screenshot("new-document-file-kept");
            assertThat(browser.textOf("archivo-conservado")).isEqualTo("Se conserva el archivo «" + request.getFileName()
                    + "»: envíe el formulario sin volver a elegirlo, o elija otro para reemplazarlo.");
            browser.type("destinatarios", "").click("registrar").waitForText("Informe " + marker)
                    .screenshot("new-document-registered-with-the-kept-file");
            assertThat(browser.url()).contains("/documentos/");
            String registered = browser.url().substring(browser.url().lastIndexOf('/') + 1);
            assertThat(api.as("mquispe").getForObject("/api/documents/{id}/content", byte[].class, registered))
                    .isEqualTo(Files.readAllBytes(request));
        }
    }

    @Test
    void shouldAcceptCodesAsPeopleTypeThemAndOfferTheReceiptAgain() throws Exception {
        Map<String, String> filed = filedRequest("Constancia de codigos " + marker());
        String id = issued("Informe con clave de verificación " + marker());
        String verificationCode = verificationCode(id);
        try (Browser browser = new Browser(baseUrl(), "codes-as-typed")) {
            browser.open("/consulta").type("codigo", filed.get("trackingCode").replace("-", ""))
                    .type("clave", filed.get("accessKey").toLowerCase()).click("consultar")
                    .waitForText("Constancia de codigos").screenshot("tracking");
            assertThat(browser.textOf("tipo-tramite")).isEqualTo("Solicitud");
            assertThat(browser.textOf("oficina-tramite")).isEqualTo("Gerencia General");
            assertThat(browser.textOf("descargar-cargo")).startsWith("Descargar el cargo");
            assertThat(browser.run("return document.getElementById('clave').type;")).isEqualTo("text");
            browser.press("[data-toggle-secret]");
            assertThat(browser.run("return document.getElementById('clave').type;")).isEqualTo("password");
            assertThat(browser.text()).contains("Mostrar la clave");

            browser.open("/verificar").type("clave-documento", verificationCode.replace("-", "").toLowerCase())
                    .click("verificar-clave").waitForText("Todas las firmas son válidas.").screenshot("verified-by-code");
            assertThat(browser.url()).endsWith("/verificar/" + verificationCode);
        }
        PageSession pages = new PageSession(http);
        ResponseEntity<String> receipt = pages.submitTo(null, "/consulta", "/mesa-de-partes/cargo",
                "codigo", filed.get("trackingCode").replace("-", " "), "clave", filed.get("accessKey").toLowerCase());
        assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(receipt.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    }

    @Test
    void shouldFitEveryPageOnAPhoneAndPassAxeCoreOnEach() throws Exception {
        String subject = "Informe de pesas patrón " + marker();
        String id = issued(subject);
        derived(id);
        Map<String, String> filed = filedRequest("Solicitud de constancia " + marker());
        Path unsigned = Files.write(Files.createTempFile("sin-firmas-", ".pdf"), TestPdfs.withPages("Sin firmas"));
        Path request = Files.write(Files.createTempFile("solicitud-", ".pdf"), TestPdfs.withPages("Solicitud"));
        String verificationCode = verificationCode(id);
        PageChecks checks;
        try (Browser browser = new Browser(baseUrl(), "phone-pages", PHONE_WIDTH + "," + PHONE_HEIGHT)) {
            checks = new PageChecks(browser, PHONE_WIDTH, PHONE_HEIGHT);
            browser.open("/ingresar");
            checks.check("login");
            browser.open("/mesa-de-partes");
            checks.check("intake");
            browser.type("asunto", "Constancia").upload("archivo", request).click("enviar");
            checks.check("intake-errors");
            browser.type("numeroDocumento", "40000001").type("nombre", "Rosa Flores").type("correo", "rosa@example.pe")
                    .upload("archivo", request).click("enviar").waitForText("Solicitud recibida");
            checks.check("intake-done");
            browser.open("/consulta");
            checks.check("tracking-form");
            browser.type("codigo", filed.get("trackingCode")).type("clave", filed.get("accessKey")).click("consultar")
                    .waitForText("Solicitud de constancia");
            checks.check("tracking");
            browser.type("codigo", filed.get("trackingCode")).type("clave", "equivocada").click("consultar");
            checks.check("tracking-not-found");
            browser.open("/verificar");
            checks.check("verify-form");
            browser.open("/verificar/" + verificationCode).waitForText("Todas las firmas son válidas.");
            checks.check("verify-by-code");
            browser.open("/verificar").upload("archivo-verificar", unsigned).click("verificar-archivo");
            checks.check("verify-unsigned");

            browser.login("mquispe");
            checks.check("inbox");
            for (String tray : new String[] {"TO_RECEIVE", "TO_ATTEND", "TO_SIGN", "TO_APPROVE", "RETURNED", "SENT",
                    "OVERDUE"}) {
                browser.open("/?bandeja=" + tray);
                checks.check("inbox-" + tray);
            }
            browser.open("/?bandeja=SENT&ambito=OFFICE");
            checks.check("inbox-office-sent");
            browser.open("/documentos/nuevo");
            checks.check("new-document");
            browser.type("asunto", "Sin contenido").click("registrar").waitForText("Adjunte un PDF o escriba el texto");
            checks.check("new-document-errors");
            browser.open("/documentos/" + id).waitForText("Todas las firmas son válidas.");
            checks.check("document");
            browser.expand("Archivar o anular").press("form[action$='/archivar'] button");
            checks.check("archive-confirmation");
            browser.open("/buscar?q=" + subject.substring(subject.lastIndexOf(' ') + 1));
            checks.check("search");
            browser.open("/documentos/" + UUID.randomUUID() + "/no-existe");
            checks.check("not-found");
            browser.open("/tramites-externos");
            checks.check("forbidden-page");
            browser.open("/admin/oficinas");
            checks.check("forbidden-admin");

            browser.login("cmesa").open("/tramites-externos");
            checks.check("external-tramites");

            browser.login("admin").open("/admin/oficinas");
            checks.check("admin-offices");
            browser.open("/admin/personas");
            checks.check("admin-people");
            browser.press("tr:has(input[value='mquispe']) button");
            checks.check("deactivation-confirmation");
            browser.open("/admin/tipos");
            checks.check("admin-types");
            browser.open("/admin/entidades");
            checks.check("admin-partners");
            browser.open("/admin/auditoria?sujeto=DOCUMENT&id=" + id);
            checks.check("admin-audit");
        }
        assertThat(checks.pages()).hasSizeGreaterThan(30);
        assertThat(checks.failures()).isEmpty();
    }

    private String registered(String subject) {
        return (String) api.register("mquispe", "INFORME", subject, "INACAL/DM", false, TestPdfs.withPages(subject))
                .get("id");
    }

    private void planned(String id, String signers) {
        assertThat(api.as("mquispe").exchange("/api/documents/" + id + "/signature-plan", HttpMethod.PUT,
                JsonApi.json("{\"signers\":[" + signers + "]}", JsonApi.READ_YOUR_WRITES, "true"), Map.class)
                .getStatusCode().is2xxSuccessful()).isTrue();
    }

    /** jperez's final signature; answers the number it took. */
    private String signed(String id) {
        ResponseEntity<Map> signature = api.as("jperez").exchange("/api/documents/" + id + "/signatures",
                HttpMethod.POST, JsonApi.json("{\"pin\":\"" + PIN + "\"}", JsonApi.READ_YOUR_WRITES, "true"), Map.class);
        assertThat(signature.getStatusCode().is2xxSuccessful()).as(String.valueOf(signature.getBody())).isTrue();
        return (String) ((Map<String, Object>) signature.getBody().get("number")).get("text");
    }

    /** A document of INACAL/DM by mquispe, signed by its head jperez. */
    private String issued(String subject) {
        String id = registered(subject);
        planned(id, "{\"username\":\"jperez\",\"role\":\"SIGNATURE\"}");
        signed(id);
        return id;
    }

    private void derived(String id) {
        assertThat(api.as("mquispe").exchange("/api/documents/" + id + "/derivations", HttpMethod.POST,
                JsonApi.json("{\"targets\":[{\"kind\":\"OFFICE\",\"recipient\":\"INACAL/DN\",\"action\":\"ATENDER\","
                        + "\"dueDate\":\"" + LocalDate.now().plusDays(30) + "\"}]}", JsonApi.READ_YOUR_WRITES, "true"),
                Map.class).getStatusCode().is2xxSuccessful()).isTrue();
    }

    /** A citizen's request, once its case file can be tracked with its receipt. */
    private Map<String, String> filedRequest(String subject) {
        Map<String, String> filed = api.submitRequest("Ana Torres", subject, TestPdfs.withPages(subject));
        String lookup = "{\"trackingCode\":\"" + filed.get("trackingCode") + "\",\"accessKey\":\""
                + filed.get("accessKey") + "\"}";
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            ResponseEntity<Map> tracking = http.postForEntity("/api/public/case-tracking", JsonApi.json(lookup), Map.class);
            return tracking.getStatusCode().is2xxSuccessful() && Boolean.TRUE.equals(tracking.getBody().get("receipt"));
        });
        return filed;
    }

    private byte[] receipt(Map<String, String> filed) {
        return http.postForObject("/api/public/case-tracking/receipt", JsonApi.json("{\"trackingCode\":\""
                + filed.get("trackingCode") + "\",\"accessKey\":\"" + filed.get("accessKey") + "\"}"), byte[].class);
    }

    private String verificationCode(String id) {
        return jdbc.queryForObject("SELECT verification_code FROM verifiable_document WHERE document_id = ?",
                String.class, id);
    }

    private boolean active(String username) {
        List<Map<String, Object>> people = api.as("admin").getForObject("/api/people", List.class);
        return people.stream().anyMatch(person -> username.equals(person.get("username"))
                && Boolean.TRUE.equals(person.get("active")));
    }

    private static String marker() {
        return "m" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    private static String dni() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(30_000_000, 39_999_999));
    }
}
