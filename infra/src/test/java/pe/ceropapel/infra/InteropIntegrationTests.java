package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static pe.ceropapel.infra.JsonApi.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.ceropapel.api.interop.PideSoap;
import pe.ceropapel.api.interop.Tramite;
import pe.ceropapel.api.interop.TramiteMessage;
import pe.ceropapel.signature.pdf.TestPdfs;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.Sha256;

/**
 * Two installations exchange documents on one machine: this test's application (INACAL) and a
 * second one started as its own process with its own PostgreSQL, Elasticsearch, S3 server and PKI
 * (another entity, another RUC). And a third entity, played by the test with a seal of its own,
 * sends hostile messages that must be refused without a trace.
 */
class InteropIntegrationTests extends EmbeddedApplicationTestBase {

    private static final String OUR_RUC = "20600283015";
    private static final String OTHER_RUC = "20999999991";
    private static final String PEER_RUC = "20111111117";
    private static final String[] POLL_OFTEN = {"--db-scheduler.polling-interval=1s",
            "--ceropapel.interop.first-retry=PT1S", "--ceropapel.interop.longest-wait=PT3S"};

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ObjectStorage storage;
    @Autowired
    private OtherInstances instances;
    @Autowired
    private EventProcessingConfiguration processing;
    @TempDir
    Path otherDataDir;

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private JsonApi api;

    @BeforeEach
    void directory() {
        api = new JsonApi(http);
        new TestDirectory(http)
                .office("INACAL/GG", "Gerencia General")
                .office("INACAL/DM", "Dirección de Metrología")
                .person("cmesa", "20000009", "INACAL/GG", "CLERK")
                .person("jperez", "20000001", "INACAL/DM", "HEAD")
                .person("mquispe", "20000002", "INACAL/DM")
                .head("INACAL/DM", "jperez");
    }

    @Test
    void shouldExchangeSignedOficiosAndCargosWithAnotherInstallation() throws Exception {
        int otherPort = ApplicationProcess.webPort();
        Path log = Files.createDirectories(Path.of("target")).resolve("interop-other-entity.log").toAbsolutePath();
        String[] otherEntity = {"--ceropapel.sample-data=false", "--ceropapel.signature.entity-ruc=" + OTHER_RUC,
                "--ceropapel.signature.entity-name=Instituto de Pruebas del Sur",
                "--db-scheduler.polling-interval=1s", "--ceropapel.interop.first-retry=PT1S",
                "--ceropapel.interop.longest-wait=PT3S"};
        String document = issuedOficio("Oficio sobre la calibración de balanzas de la red de mercados");

        try (ApplicationProcess other = ApplicationProcess.start(otherDataDir, otherPort, log, otherEntity)) {
            RemoteApi theirApi = new RemoteApi(other.url());
            assertThat(theirApi.post("admin", "/api/offices", Map.of("code", "INACAL/GG", "name", "Mesa de partes"))
                    .status()).isEqualTo(201);
            assertThat(theirApi.post("admin", "/api/people", Map.of("username", "cmesa", "fullName", "Carmen Mesa",
                    "dni", "30000009", "officeCode", "INACAL/GG", "roles", List.of("CLERK"))).status()).isEqualTo(201);
            Map<String, String> ours = http.getForObject("/api/interop/entity", Map.class);
            Map<String, String> theirs = theirApi.get("admin", "/api/interop/entity").as(Map.class);
            assertThat(theirs).containsEntry("ruc", OTHER_RUC);
            assertThat(theirs.get("sealCertificatePem")).isNotEqualTo(ours.get("sealCertificatePem"));
            registerPartner(http, OTHER_RUC, "Instituto de Pruebas del Sur", other.url(), "CERO_PAPEL", theirs);
            assertThat(theirApi.put("admin", "/api/admin/partner-entities/" + OUR_RUC, Map.of("name", "INACAL",
                    "endpointUrl", baseUrl(), "transport", "CERO_PAPEL",
                    "sealCertificatePem", ours.get("sealCertificatePem"))).status()).isEqualTo(200);

            // sent, received (P), accepted (R) with a cargo signed with the other entity's seal
            String accepted = send(document);
            Map<String, Object> pending = awaitOutgoing(accepted, "PENDING");
            assertThat(pending).containsEntry("delivery", "DELIVERED").containsEntry("attempts", 1);
            Map<String, Object> received = incoming(theirApi, accepted);
            assertThat(received).containsEntry("state", "PENDING").containsEntry("counterpartRuc", OUR_RUC);
            assertThat((Map<String, Object>) received.get("signatures")).containsEntry("signatures", 1);
            assertThat((Map<String, Object>) received.get("tramite"))
                    .containsEntry("documentType", "OFICIO").containsEntry("senderPersonIdNumber", "20000002")
                    .containsEntry("addresseeName", "Ana Torres");
            byte[] sentPdf = http.withBasicAuth("mquispe", "demo")
                    .getForObject("/api/documents/" + document + "/content", byte[].class);
            byte[] arrivedPdf = theirApi.get("cmesa",
                    "/api/interop/exchanges/INCOMING/" + accepted + "/content?entity=" + OUR_RUC).body();
            assertThat(Sha256.of(arrivedPdf)).as("the signed PDF arrives byte for byte").isEqualTo(Sha256.of(sentPdf));

            RemoteApi.Answer acceptance = theirApi.post("cmesa",
                    "/api/interop/incoming/" + OUR_RUC + "/" + accepted + "/accept", Map.of());
            assertThat(acceptance.status()).as(new String(acceptance.body(), StandardCharsets.UTF_8)).isEqualTo(200);
            String registration = (String) acceptance.as(Map.class).get("registrationNumber");
            Map<String, Object> answered = awaitOutgoing(accepted, "RECEIVED");
            Map<String, Object> cargo = (Map<String, Object>) answered.get("cargo");
            assertThat(cargo).containsEntry("registrationNumber", registration).containsEntry("receivingUser", "cmesa")
                    .containsEntry("receiverRuc", OTHER_RUC);
            assertThat(answered.get("receiptSigner")).asString().contains("Instituto de Pruebas del Sur");
            byte[] receipt = http.withBasicAuth("admin", "demo").getForObject(
                    "/api/interop/exchanges/OUTGOING/" + accepted + "/receipt", byte[].class);
            assertThat(Sha256.of(receipt)).isEqualTo(((Map<String, Object>) answered.get("receipt")).get("sha256"));
            assertThat(derivationToEntity(document, accepted)).containsEntry("state", "RECEIVED");

            // observed (O) with its reason visible at the sender, this time over PIDE's SOAP service
            registerPartner(http, OTHER_RUC, "Instituto de Pruebas del Sur", other.url() + "/api/interop/pide",
                    "PIDE_SOAP", theirs);
            String observed = send(document);
            awaitOutgoing(observed, "PENDING");
            assertThat(theirApi.post("cmesa", "/api/interop/incoming/" + OUR_RUC + "/" + observed + "/observe",
                    Map.of("reason", "Falta el anexo del informe técnico")).status()).isEqualTo(200);
            Map<String, Object> observation = awaitOutgoing(observed, "OBSERVED");
            assertThat((Map<String, Object>) observation.get("cargo"))
                    .containsEntry("observations", "Falta el anexo del informe técnico");
            assertThat(observation.get("receipt")).isNull();
            assertThat(derivationToEntity(document, observed)).containsEntry("state", "RETURNED");

            // the receiver is down when we send; it starts later and the document arrives exactly once
            assertThat(other.stop()).isIn(0, 143);
            String late;
            // deadlines fire in an instance that polls for them often; in one JVM, it alone runs the outbox
            TrackingEventProcessor outbox = processing.eventProcessor("interop-outbox", TrackingEventProcessor.class)
                    .orElseThrow();
            outbox.shutDown();
            try (ConfigurableApplicationContext retrier = instances.startWithSameKeys(POLL_OFTEN)) {
                late = send(document);
                await().atMost(Duration.ofSeconds(60)).until(() -> outgoing(late).get("attempts") instanceof Number attempts
                        && attempts.intValue() >= 2);
                assertThat(outgoing(late)).containsEntry("delivery", "RETRYING").containsEntry("state", null);
                try (ApplicationProcess restarted = ApplicationProcess.start(otherDataDir, otherPort, log, otherEntity)) {
                    awaitOutgoing(late, "PENDING");
                    RemoteApi restartedApi = new RemoteApi(restarted.url());
                    await().atMost(Duration.ofSeconds(30)).until(() -> restartedApi.get("cmesa",
                            "/api/interop/exchanges?direction=INCOMING").as(List.class).size() >= 3);
                    List<Map<String, Object>> arrived = restartedApi.get("cmesa",
                            "/api/interop/exchanges?direction=INCOMING").as(List.class);
                    assertThat(arrived).extracting(e -> e.get("cuo")).containsOnlyOnce(late)
                            .containsOnlyOnce(accepted).containsOnlyOnce(observed).hasSize(3);
                    assertThat(outgoing(late)).containsEntry("delivery", "DELIVERED");
                }
            } finally {
                outbox.start();
            }
        }
    }

    @Test
    void shouldRefuseTamperedUnknownDuplicatedAndMalformedMessagesLeavingNothing() throws Exception {
        PeerEntity peer = new PeerEntity(PEER_RUC);
        registerPartner(http, PEER_RUC, "Entidad de prueba", "http://127.0.0.1:9/", "PIDE_SOAP",
                Map.of("sealCertificatePem", peer.certificatePem()));
        byte[] signed = http.withBasicAuth("mquispe", "demo").getForObject(
                "/api/documents/" + issuedOficio("Oficio de prueba de intercambio") + "/content", byte[].class);
        long received = receivedEvents();

        HttpResponse<String> first = postTramite(peer, tramite("A000000001", "Solicitud de información", signed), signed);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(mapper.readTree(first.body()).get("state").asText()).isEqualTo("PENDING");
        assertThat(postTramite(peer, tramite("A000000001", "Solicitud de información", signed), signed).body())
                .as("the same CUO with the same content again: the same answer").contains("PENDING");
        HttpResponse<String> duplicated = postTramite(peer, tramite("A000000001", "Otro asunto", signed), signed);
        assertThat(duplicated.statusCode()).isEqualTo(409);
        assertThat(mapper.readTree(duplicated.body()).get("detail").asText()).contains("A000000001");
        assertThat(receivedEvents()).isEqualTo(received + 1);

        byte[] tampered = signed.clone();
        tampered[10] ^= 0x01;  // a byte of the binary comment on the second line: still a PDF, no longer what was signed
        HttpResponse<String> changed = postTramite(peer, tramite("A000000002", "Oficio alterado", tampered), tampered);
        assertThat(changed.statusCode()).isEqualTo(422);
        assertThat(mapper.readTree(changed.body()).get("type").asText()).isEqualTo("urn:ceropapel:problem:invalid-signature");
        assertThat(storage.exists("sha256/" + Sha256.of(tampered))).isFalse();

        byte[] unsigned = TestPdfs.withPages("Oficio sin firma");
        assertThat(postTramite(peer, tramite("A000000003", "Oficio sin firma", unsigned), unsigned).statusCode())
                .isEqualTo(422);

        PeerEntity stranger = new PeerEntity("20222222223");
        HttpResponse<String> unknown = postTramite(stranger, tramite("A000000004", "Oficio", signed, "20222222223"),
                signed);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(mapper.readTree(unknown.body()).get("detail").asText()).contains("entidad registrada");

        HttpResponse<String> notJson = post(peer, "/api/interop/tramites", "application/json",
                "{\"tramite\": [".getBytes(StandardCharsets.UTF_8));
        assertThat(notJson.statusCode()).isEqualTo(400);
        HttpResponse<String> missingFields = post(peer, "/api/interop/tramites", "application/json",
                mapper.writeValueAsBytes(new TramiteMessage(new Tramite(PEER_RUC, null, null, null, null, OUR_RUC,
                        "A000000005", null, null, null, null, null, null, null, "Asunto", 0, 1, null,
                        Sha256.of(signed), List.of(), null), signed)));
        assertThat(missingFields.statusCode()).isEqualTo(400);
        HttpResponse<String> scripted = postTramite(peer, tramite("A000000006", "Oficio \u202Egnp.exe", signed), signed);
        assertThat(scripted.statusCode()).as("a right-to-left override in the subject").isEqualTo(400);
        HttpResponse<String> entityExpansion = post(peer, "/api/interop/pide",
                "text/xml", ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                        + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                        + "<recepcionarTramite><request><vasu>&e;</vasu></request></recepcionarTramite>"
                        + "</soap:Body></soap:Envelope>").getBytes(StandardCharsets.UTF_8));
        assertThat(entityExpansion.statusCode()).isEqualTo(400);
        assertThat(entityExpansion.body()).contains("soap:Client").doesNotContain("root:");
        assertThat(receivedEvents()).as("nothing of the refused messages was registered").isEqualTo(received + 1);

        // a PIDE-conformant peer over SOAP: received, then asked by CUO
        HttpResponse<String> soap = post(peer, "/api/interop/pide", "text/xml", PideSoap.receive(new TramiteMessage(
                tramite("A000000007", "Oficio por PIDE", signed), signed)).getBytes(StandardCharsets.UTF_8));
        assertThat(soap.statusCode()).isEqualTo(200);
        assertThat(PideSoap.read(soap.body().getBytes(StandardCharsets.UTF_8)).fields())
                .containsEntry("vcodres", PideSoap.OK).containsEntry("cflgest", "P");
        HttpResponse<String> asked = post(peer, "/api/interop/pide", "text/xml",
                PideSoap.query(PEER_RUC, OUR_RUC, "A000000007").getBytes(StandardCharsets.UTF_8));
        assertThat(asked.statusCode()).as("asked at once: the answer waits for the read models").isEqualTo(200);
        assertThat(PideSoap.read(asked.body().getBytes(StandardCharsets.UTF_8)).fields()).containsEntry("cflgest", "P");
        HttpResponse<String> tamperedSoap = post(peer, "/api/interop/pide", "text/xml", PideSoap.receive(
                new TramiteMessage(tramite("A000000008", "Oficio alterado", tampered), tampered))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(PideSoap.read(tamperedSoap.body().getBytes(StandardCharsets.UTF_8)).fields())
                .containsEntry("vcodres", PideSoap.REFUSED);
        assertThat(receivedEvents()).isEqualTo(received + 2);

        // a revoked partner is refused
        assertThat(http.withBasicAuth("admin", "demo").postForEntity("/api/admin/partner-entities/" + PEER_RUC
                + "/revoke", json("{\"reason\":\"Convenio vencido\"}"), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(postTramite(peer, tramite("A000000009", "Oficio", signed), signed).statusCode()).isEqualTo(403);
        assertThat(receivedEvents()).isEqualTo(received + 2);
    }

    @Test
    void shouldRegisterAPartnerSendToItAndAcceptItsTramiteInTheBrowser() throws Exception {
        PeerEntity peer = new PeerEntity("20333333339");
        String document = issuedOficio("Oficio sobre patrones de masa para la municipalidad");
        byte[] signed = http.withBasicAuth("mquispe", "demo").getForObject("/api/documents/" + document + "/content",
                byte[].class);
        String subject = "Solicitud de calibración de taxímetros " + System.nanoTime();

        try (Browser browser = new Browser(baseUrl(), "interop-journey")) {
            browser.login("admin").open("/admin/entidades").type("ruc", peer.ruc())
                    .type("nombre", "Municipalidad de Prueba").type("direccion", "http://127.0.0.1:9/pide")
                    .choose("medio", "PIDE_SOAP").type("certificado", peer.certificatePem()).click("registrar-entidad")
                    .waitForText("La entidad quedó registrada.").screenshot("partner-registered");
            assertThat(browser.text()).contains(peer.ruc(), "Municipalidad de Prueba", "PIDE (servicio SOAP)", "Activa");

            browser.login("mquispe").open("/documentos/" + document).expand("Enviar a otra entidad")
                    .choose("entidad", peer.ruc()).type("unidad", "Gerencia de Desarrollo Económico")
                    .type("destinatario", "Luis Ramos").type("cargo-destinatario", "Gerente").click("enviar-entidad")
                    .waitForText("El documento quedó en cola para su envío").waitForText("Envíos a otras entidades")
                    .screenshot("sent-to-entity");
            assertThat(browser.text()).contains(peer.ruc() + " · Gerencia de Desarrollo Económico");

            String cuo = "M" + String.valueOf(System.nanoTime()).substring(0, 9);
            assertThat(postTramite(peer, tramite(cuo, subject, signed, peer.ruc()), signed).statusCode()).isEqualTo(200);
            browser.login("mquispe").open("/tramites-externos").screenshot("tray-forbidden-for-employees");
            assertThat(browser.text()).contains("No tiene permiso para realizar esta operación.").doesNotContain(subject);
            browser.login("cmesa").open("/tramites-externos").waitForText(subject).screenshot("tray");
            assertThat(browser.text()).contains(cuo, "Recibido, pendiente (P)", "Entidad de prueba (RUC " + peer.ruc(),
                    "1 firma(s) válida(s)");
            browser.click("aceptar-" + cuo).waitForText("El trámite quedó registrado").screenshot("accepted");
            assertThat(browser.text()).contains("Registrado (R)").containsPattern("Registro\\s+\\d{4}-\\d{7}");
        }
    }

    private Tramite tramite(String cuo, String subject, byte[] pdf) {
        return tramite(cuo, subject, pdf, PEER_RUC);
    }

    /** A tramite from {@code sender} to us, with its PDF's digest. */
    static Tramite tramite(String cuo, String subject, byte[] pdf, String sender) {
        return new Tramite(sender, "Entidad de prueba", "Oficina de Trámite", "DNI", "40000001", OUR_RUC, cuo, null,
                "OFICIO", "OFICIO N° 000001-2026-EP", LocalDate.of(2026, 11, 20), "Gerencia General", "Juan Pérez",
                "Gerente General", subject, 0, 1, "oficio.pdf", Sha256.of(pdf), List.of(), null);
    }

    private HttpResponse<String> postTramite(PeerEntity peer, Tramite tramite, byte[] pdf) throws Exception {
        return post(peer, "/api/interop/tramites", "application/json",
                mapper.writeValueAsBytes(new TramiteMessage(tramite, pdf)));
    }

    private HttpResponse<String> post(PeerEntity peer, String path, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        peer.sign("POST", path, body).forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long receivedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%TramiteReceivedEvent'",
                Long.class);
    }

    private String issuedOficio(String subject) {
        String id = api.register("mquispe", "OFICIO", subject, "INACAL/DM", false, TestPdfs.withPages(subject)).get("id");
        assertThat(api.put("mquispe", "/api/documents/" + id + "/signature-plan",
                "{\"signers\":[{\"username\":\"jperez\",\"role\":\"SIGNATURE\"}]}").getStatusCode().is2xxSuccessful())
                .isTrue();
        assertThat(api.as("jperez").exchange("/api/documents/" + id + "/signatures", HttpMethod.POST,
                json("{\"pin\":\"" + PIN + "\"}", JsonApi.READ_YOUR_WRITES, "true"), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        return id;
    }

    static void registerPartner(TestRestTemplate http, String ruc, String name, String url, String transport,
                                        Map<String, String> card) throws Exception {
        String body = new ObjectMapper().writeValueAsString(Map.of("name", name, "endpointUrl", url,
                "transport", transport, "sealCertificatePem", card.get("sealCertificatePem")));
        assertThat(http.withBasicAuth("admin", "demo").exchange("/api/admin/partner-entities/" + ruc, HttpMethod.PUT,
                json(body), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private String send(String document) {
        ResponseEntity<Map> sent = api.post("mquispe", "/api/documents/" + document + "/entity-deliveries",
                "{\"receiverRuc\":\"" + OTHER_RUC + "\",\"destinationOffice\":\"Mesa de partes\","
                        + "\"addresseeName\":\"Ana Torres\",\"addresseePosition\":\"Jefa de Trámite Documentario\"}");
        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String cuo = (String) sent.getBody().get("cuo");
        assertThat(cuo).hasSize(10);
        return cuo;
    }

    private Map<String, Object> outgoing(String cuo) {
        ResponseEntity<Map> found = http.withBasicAuth("admin", "demo")
                .getForEntity("/api/interop/exchanges/OUTGOING/" + cuo, Map.class);
        return found.getStatusCode() == HttpStatus.OK ? found.getBody() : Map.of();
    }

    private Map<String, Object> awaitOutgoing(String cuo, String state) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> state.equals(outgoing(cuo).get("state")));
        return outgoing(cuo);
    }

    private static Map<String, Object> incoming(RemoteApi theirApi, String cuo) throws Exception {
        String path = "/api/interop/exchanges/INCOMING/" + cuo + "?entity=" + OUR_RUC;
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> theirApi.get("cmesa", path).status() == 200);
        return theirApi.get("cmesa", path).as(Map.class);
    }

    private Map<String, Object> derivationToEntity(String document, String cuo) {
        String derivationId = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8')::json ->> 'derivationId' "
                + "FROM domainevententry WHERE payloadtype LIKE '%OutgoingExchangeOpenedEvent' "
                + "AND convert_from(payload, 'UTF8')::json -> 'tramite' ->> 'cuo' = ?", String.class, cuo);
        await().atMost(Duration.ofSeconds(30)).until(() -> derivations(document).stream()
                .anyMatch(d -> derivationId.equals(d.get("derivationId")) && !"PENDING".equals(d.get("state"))));
        return derivations(document).stream().filter(d -> derivationId.equals(d.get("derivationId"))).findFirst()
                .orElseThrow();
    }

    private List<Map<String, Object>> derivations(String document) {
        return (List<Map<String, Object>>) api.get("mquispe", "/api/documents/" + document).get("derivations");
    }
}
