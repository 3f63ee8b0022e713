package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import pe.ceropapel.signature.pdf.TestPdfs;

/**
 * The pages in a real browser (headless Chromium): what people and citizens do, step by step, each
 * step asserted on what the page shows and kept as a screenshot under {@code target/screenshots}.
 */
@SuppressWarnings("unchecked")
class BrowserJourneyIntegrationTests extends EmbeddedApplicationTestBase {

    @Autowired
    private TestRestTemplate http;

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
    }

    @Test
    void shouldDraftPlanSignTwiceDeriveReceiveAttendAndFindADocument() throws Exception {
        String marker = "manometro" + (char) ('a' + ThreadLocalRandom.current().nextInt(26))
                + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String subject = "Informe de verificación de manómetros " + marker;
        Path pdf = Files.createTempFile("informe-", ".pdf");
        Files.write(pdf, TestPdfs.withPages("Verificación de manómetros del lote " + marker + " en el laboratorio."));

        try (Browser browser = new Browser(baseUrl(), "employee-journey")) {
            browser.login("mquispe").screenshot("inbox");
            assertThat(browser.title()).isEqualTo("Bandeja · Cero Papel");
            assertThat(browser.text()).contains("Por recibir", "Por firmar", "Por V°B°", "Vencidos");

            browser.open("/documentos/nuevo").type("asunto", subject).click("registrar")
                    .waitForText("Adjunte un PDF o escriba el texto del documento").screenshot("new-document-errors");
            assertThat(browser.textOf("error-archivo")).startsWith("Adjunte un PDF");
            browser.choose("tipo", "INFORME").upload("archivo", pdf)
                    .click("registrar").waitForText("Se registró el documento.").screenshot("registered");
            assertThat(browser.textOf("estado")).isEqualTo("Borrador");
            String documentPage = browser.url();

            browser.expand("Hoja de firmas").choose("vistos", "lrojas").choose("firmante", "jperez")
                    .click("guardar-plan").waitForText("Se guardó la hoja de firmas.").screenshot("planned");

            browser.login("lrojas").open("/?bandeja=TO_APPROVE").screenshot("approver-inbox");
            assertThat(browser.text()).contains(subject);
            browser.clickText(subject).type("pin", PIN).click("firmar").waitForText("Se dio el V°B°.")
                    .screenshot("approved");

            browser.login("jperez").open("/?bandeja=TO_SIGN");
            assertThat(browser.text()).contains(subject);
            browser.clickText(subject).type("pin", "000000").click("firmar")
                    .waitForText("El PIN de su certificado digital no es correcto").screenshot("wrong-pin");
            browser.type("pin", PIN).click("firmar").waitForText("Se firmó el documento.")
                    .waitForText("Todas las firmas son válidas.").screenshot("signed");
            assertThat(browser.textOf("estado")).isEqualTo("Emitido");
            assertThat(browser.textOf("numero")).matches("INFORME N° \\d{6}-\\d{4}-INACAL/DM");

            browser.expand("Derivar").choose("oficina", "INACAL/DN").choose("accion", "ATENDER")
                    .type("comentario", "Para su atención").click("derivar").waitForText("Se derivó el documento.")
                    .screenshot("derived");

            browser.login("lrojas").open("/?bandeja=TO_RECEIVE&ambito=OFFICE").screenshot("office-inbox");
            browser.clickText(subject).click("recibir").waitForText("Se recibió el documento.")
                    .screenshot("received");
            browser.typeInto("form[action$='/atender'] input[name=comentario]", "Atendido por la dirección").click("atender")
                    .waitForText("Se registró la atención.").screenshot("attended");
            assertThat(browser.text()).contains("Atendido", "Atendido por la dirección");

            browser.open("/buscar?q=" + marker).screenshot("search");
            assertThat(browser.text()).contains("1 documentos encontrados", subject);
            assertThat(browser.url()).doesNotContain("ingresar");
            assertThat(documentPage).contains("/documentos/");
        }
    }

    @Test
    void shouldLetACitizenSubmitARequestTrackItAndVerifyASignedDocument() throws Exception {
        Path request = Files.createTempFile("solicitud-", ".pdf");
        Files.write(request, TestPdfs.withPages("Solicito una constancia de verificación de mi balanza."));
        try (Browser browser = new Browser(baseUrl(), "citizen-journey")) {
            browser.open("/mesa-de-partes").screenshot("intake-form");
            assertThat(browser.title()).isEqualTo("Mesa de partes virtual · Cero Papel");
            browser.type("numeroDocumento", "1234").type("nombre", "Rosa Flores").type("correo", "rosa@")
                    .type("asunto", "Constancia de verificación").click("enviar").screenshot("intake-errors");
            assertThat(browser.textOf("error-numeroDocumento")).isEqualTo("El DNI tiene 8 dígitos.");
            assertThat(browser.textOf("error-correo")).isEqualTo("Escriba un correo electrónico válido.");
            assertThat(browser.textOf("error-archivo")).isEqualTo("Adjunte un archivo PDF.");

            Path annex = Files.writeString(Files.createTempFile("plano-", ".txt"), "Plano de ubicación de la balanza");
            browser.type("numeroDocumento", "40000001").type("correo", "rosa@example.pe").upload("archivo", request)
                    .upload("anexos", annex).click("enviar").waitForText("Solicitud recibida").screenshot("intake-done");
            String code = browser.textOf("codigo");
            String key = browser.textOf("clave");
            assertThat(code).matches("\\d{4}-\\d{7}");
            JsonApi api = new JsonApi(http);
            List<Map<?, ?>> hits = await().atMost(Duration.ofSeconds(30)).until(() -> (List<Map<?, ?>>) api.get("cmesa",
                    "/api/search?caseCode={code}", code).get("hits"), found -> !found.isEmpty());
            String requestId = (String) hits.get(0).get("documentId");
            assertThat((List<String>) api.get("cmesa", "/api/documents/" + requestId).get("attachments"))
                    .containsExactly(annex.getFileName().toString());

            browser.open("/consulta").type("codigo", code).type("clave", "clave-equivocada").click("consultar")
                    .screenshot("tracking-wrong-key");
            assertThat(browser.textOf("error-consulta")).startsWith("No encontramos un trámite");
            browser.type("codigo", code).type("clave", key).click("consultar").waitForText("Constancia de verificación")
                    .screenshot("tracking");
            assertThat(browser.textOf("estado-tramite")).isEqualTo("Registrado");
            assertThat(browser.text()).contains("Expediente registrado", "Gerencia General").doesNotContain("Rosa Flores");

            browser.open("/verificar").type("clave-documento", "AAAA-BBBB-CCCC-DDDD").click("verificar-clave")
                    .screenshot("verify-unknown");
            assertThat(browser.textOf("error-verificar")).startsWith("No existe un documento con esa clave");
            browser.open("/verificar").upload("archivo-verificar", request).click("verificar-archivo")
                    .screenshot("verify-unsigned-upload");
            assertThat(browser.text()).contains("Este PDF no tiene firmas digitales.");

            // the receipt the intake page offers, fetched as its download button does, then verified by upload
            byte[] receipt = http.postForObject("/api/public/case-tracking/receipt", JsonApi.json(
                    "{\"trackingCode\":\"" + code + "\",\"accessKey\":\"" + key + "\"}"), byte[].class);
            Path receiptFile = Files.write(Files.createTempFile("cargo-", ".pdf"), receipt);
            browser.open("/verificar").upload("archivo-verificar", receiptFile).click("verificar-archivo")
                    .waitForText("Todas las firmas son válidas.").screenshot("verify-receipt");
            assertThat(browser.text()).contains("Instituto Nacional de Calidad", "Válida");
        }
    }

    @Test
    void shouldLetAnAdministratorManageTheDirectoryOnAPhoneSizedScreen() throws Exception {
        String office = "INACAL/T" + ThreadLocalRandom.current().nextInt(1000, 9999);
        String username = "prueba" + ThreadLocalRandom.current().nextInt(1000, 9999);
        try (Browser browser = new Browser(baseUrl(), "admin-journey", "390,844")) {
            browser.login("mquispe").open("/admin/oficinas").screenshot("forbidden-for-employees");
            assertThat(browser.text()).contains("No tiene permiso para realizar esta operación.")
                    .doesNotContain("Crear oficina");

            browser.login("admin").open("/admin/oficinas").type("codigo", office).type("nombre", "Oficina de prueba")
                    .click("crear-oficina").waitForText("Se creó la oficina.").screenshot("office-created");
            assertThat(browser.text()).contains(office, "Oficina de prueba");

            browser.open("/admin/personas").type("usuario", username).type("nombre", "Persona de Prueba")
                    .type("dni", String.valueOf(ThreadLocalRandom.current().nextInt(30_000_000, 39_999_999)))
                    .choose("oficina", office).click("registrar-persona").waitForText("Se registró a la persona.")
                    .screenshot("person-registered");
            assertThat(browser.text()).contains(username, "Persona de Prueba");

            browser.open("/admin/tipos").screenshot("document-types");
            assertThat(browser.text()).contains("Memorando", "Oficio", "Cargo");

            browser.open("/admin/auditoria").choose("sujeto", "PERSON").type("id", username).click("auditar")
                    .waitForText("Persona registrada").screenshot("audit-trail");
            assertThat(browser.text()).contains("admin", "Exportar CSV");
        }
    }
}
