package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import pe.ceropapel.api.access.InactivePersonException;
import pe.ceropapel.signature.pdf.TestPdfs;
import pe.ceropapel.signature.pki.DevelopmentPki;
import pe.ceropapel.command.serversigning.ServerSigning;

/**
 * Attacks on who may act (issue 30): a deactivated person's page session, a head moved away, filing
 * into other people's case files, a self-made certificate for remote signing, and commands used as
 * an oracle on documents one may not read. Each is refused and leaves nothing behind.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class AuthorityIntegrationTests extends EmbeddedApplicationTestBase {

    private static final String NOT_FOUND = "urn:ceropapel:problem:not-found";

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CommandGateway commands;
    @Autowired
    private ServerSigning serverSigning;
    @Autowired
    private DevelopmentPki pki;
    private JsonApi api;

    @BeforeEach
    void directory() {
        api = new JsonApi(http);
        new TestDirectory(http)
                .office("INACAL/GG", "Gerencia General")
                .office("INACAL/DM", "Dirección de Metrología")
                .office("INACAL/DN", "Dirección de Normalización")
                .office("INACAL/OSI", "Oficina de Seguridad de la Información")
                .office("INACAL/OAD", "Oficina de Administración")
                .office("INACAL/OCI", "Órgano de Control Institucional")
                .person("cmesa", "20000009", "INACAL/GG", "CLERK")
                .person("jperez", "20000001", "INACAL/DM", "HEAD")
                .person("mquispe", "20000002", "INACAL/DM")
                .person("lrojas", "20000003", "INACAL/DN", "HEAD")
                .person("hsalinas", "31000001", "INACAL/OSI", "HEAD")
                .person("aparedes", "31000002", "INACAL/OSI")
                .person("mcuba", "31000003", "INACAL/OAD", "HEAD")
                .person("rtorres", "31000004", "INACAL/OAD");
    }

    @Test
    void shouldEndTheExistingPageSessionOfADeactivatedHeadSoTheyCanNoLongerSign() {
        String id = draftPlannedFor("aparedes", "INACAL/OSI", "hsalinas", "Memorando de seguridad", false);
        PageSession pages = new PageSession(http);
        String session = pages.login("hsalinas");
        String token = pages.csrfToken(session, "/documentos/" + id);

        assertThat(admin().exchange("/api/people/hsalinas", HttpMethod.DELETE, null, Void.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> signing = pages.post(session, "/documentos/" + id + "/firmar", "pin", PIN,
                "_csrf", token);

        assertThat(signing.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(signing.getHeaders().getLocation().toString()).endsWith("/ingresar?sesion");
        assertThat(pages.get(session, "/").getHeaders().getLocation().toString()).endsWith("/ingresar");
        assertThat(api.post("hsalinas", "/api/documents/" + id + "/signatures", "{\"pin\":\"" + PIN + "\"}")
                .getStatusCode()).as("the API").isEqualTo(HttpStatus.UNAUTHORIZED);
        // and a command sent for them all the same, as a session of another instance might, is refused
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("hsalinas", null));
        try {
            assertThatThrownBy(() -> serverSigning.sign(id, "hsalinas", PIN.toCharArray()))
                    .isInstanceOf(InactivePersonException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(eventTypes(id)).containsExactly("DocumentRegisteredEvent", "SignaturePlanSetEvent");
    }

    @Test
    void shouldRefuseTheFinalSignatureOfAHeadMovedToAnotherOfficeAsAnEmployee() throws Exception {
        String id = draftPlannedFor("rtorres", "INACAL/OAD", "mcuba", "Memorando de administración", false);
        assertThat(admin().exchange("/api/people/mcuba/assignment", HttpMethod.PUT,
                new HttpEntity<>(Map.of("officeCode", "INACAL/OCI", "roles", List.of())), Void.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<Map> signing = api.post("mcuba", "/api/documents/" + id + "/signatures",
                "{\"pin\":\"" + PIN + "\"}");
        ResponseEntity<Map> remote = api.post("mcuba", "/api/documents/" + id + "/remote-signatures",
                chainBody(developmentChain("mcuba")));

        assertThat(signing.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) signing.getBody().get("detail")).contains("mcuba ya no es jefe de INACAL/OAD");
        assertThat(remote.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(eventTypes(id)).containsExactly("DocumentRegisteredEvent", "SignaturePlanSetEvent");
    }

    @Test
    void shouldRefuseFilingIntoAnotherOfficesConfidentialCaseFileAndIntoACitizensCaseFile() {
        String confidential = api.register("lrojas", "INFORME", "Informe reservado de normalización", "INACAL/DN",
                true, TestPdfs.withPages("Informe reservado de normalización")).get("caseFileId");
        long confidentialEvents = eventCount(confidential);

        ResponseEntity<Map> intoConfidential = fileIn(confidential, "mquispe", "Anexo intruso al reservado");
        ResponseEntity<Map> intoUnknown = fileIn("no-such-case-file", "mquispe", "Anexo a nada");

        assertThat(intoConfidential.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(told(intoConfidential)).isEqualTo(told(intoUnknown));
        assertThat(eventCount(confidential)).isEqualTo(confidentialEvents);

        Map<String, String> request = api.submitRequest("Rosa Ciudadana Flores", "Solicito constancia de normalización",
                TestPdfs.withPages("Solicito una constancia de normalización."));
        String citizens = caseFileOf(request.get("trackingCode"));
        Map<String, Object> tracked = await().atMost(Duration.ofSeconds(30)).until(() -> track(request),
                view -> view != null);

        ResponseEntity<Map> intoCitizens = fileIn(citizens, "mquispe", "Oficio intruso al ciudadano");
        assertThat(intoCitizens.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(told(intoCitizens)).isEqualTo(told(intoUnknown));
        caughtUp();
        assertThat(track(request)).isEqualTo(tracked);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE payloadtype LIKE "
                + "'%DocumentRegisteredEvent' AND convert_from(payload, 'UTF8') LIKE '%intruso%'", Long.class)).isZero();

        // once the mesa de partes derives the request to INACAL/DN, its people file their answer in the case file
        String requestDocument = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8')::json ->> 'firstDocumentId' "
                + "FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE '%CaseFileOpenedEvent'",
                String.class, citizens);
        assertThat(api.post("cmesa", "/api/documents/" + requestDocument + "/derivations", "{\"targets\":[{\"kind\":"
                + "\"OFFICE\",\"recipient\":\"INACAL/DN\",\"action\":\"ATENDER\"}]}").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(fileIn(citizens, "lrojas", "Oficio de respuesta de normalización").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void shouldRefuseASelfSignedChainForRemoteSigningAndNeitherIssueNorNumber() throws Exception {
        String id = draftPlannedFor("mquispe", "INACAL/DM", "jperez", "Memorando firmado a distancia", false);
        X509Certificate selfMade = selfSigned("CN=Eduardo Castro (Presidente Ejecutivo), O=INACAL, C=PE");

        ResponseEntity<Map> forged = api.post("jperez", "/api/documents/" + id + "/remote-signatures",
                chainBody(List.of(selfMade)));
        ResponseEntity<Map> someoneElses = api.post("jperez", "/api/documents/" + id + "/remote-signatures",
                chainBody(developmentChain("lrojas")));

        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(forged.getBody()).containsEntry("type", "urn:ceropapel:problem:certificate-not-trusted");
        assertThat(someoneElses.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat((String) someoneElses.getBody().get("detail")).contains("no pertenece a jperez");
        assertThat(eventTypes(id)).containsExactly("DocumentRegisteredEvent", "SignaturePlanSetEvent");
        assertThat(api.post("jperez", "/api/documents/" + id + "/remote-signatures",
                chainBody(developmentChain("jperez"))).getStatusCode()).as("his own certificate")
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void shouldAnswerCommandsOnADocumentOneMayNotReadAsOnADocumentThatDoesNotExist() throws Exception {
        String draft = api.register("mquispe", "INFORME", "Borrador ajeno", "INACAL/DM", false,
                TestPdfs.withPages("Borrador ajeno")).get("id");
        String confidential = draftPlannedFor("mquispe", "INACAL/DM", "jperez", "Memorando reservado", true);
        assertThat(api.post("jperez", "/api/documents/" + confidential + "/signatures", "{\"pin\":\"" + PIN + "\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> unknown = told(api.as("lrojas").getForEntity("/api/documents/no-such-document", Map.class));
        assertThat(unknown).containsEntry("type", NOT_FOUND).containsEntry("status", 404);
        String lrojasChain = chainBody(developmentChain("lrojas"));

        Map<String, ResponseEntity<Map>> answers = new LinkedHashMap<>();
        answers.put("read", api.as("lrojas").getForEntity("/api/documents/" + draft, Map.class));
        answers.put("draft", api.put("lrojas", "/api/documents/" + draft + "/draft",
                "{\"subject\":\"Asunto ajeno\",\"recipients\":[]}"));
        answers.put("plan", api.put("lrojas", "/api/documents/" + draft + "/signature-plan",
                "{\"signers\":[{\"username\":\"lrojas\",\"role\":\"SIGNATURE\"}]}"));
        answers.put("content", replaceContent("lrojas", draft));
        answers.put("sign", api.post("lrojas", "/api/documents/" + draft + "/signatures", "{\"pin\":\"" + PIN + "\"}"));
        answers.put("remote", api.post("lrojas", "/api/documents/" + draft + "/remote-signatures", lrojasChain));
        answers.put("observe", api.post("lrojas", "/api/documents/" + draft + "/rejection", "{\"reason\":\"Ajeno\"}"));
        answers.put("discard", api.post("lrojas", "/api/documents/" + draft + "/discard", "{}"));
        answers.put("annex", api.as("lrojas").exchange("/api/documents/" + draft + "/attachments/a-1",
                HttpMethod.DELETE, null, Map.class));
        answers.put("annul", api.post("lrojas", "/api/documents/" + confidential + "/annulment",
                "{\"reason\":\"Anulación ajena\"}"));
        answers.put("archive", api.post("lrojas", "/api/documents/" + confidential + "/archive", "{}"));
        answers.put("derive", api.post("lrojas", "/api/documents/" + confidential + "/derivations",
                "{\"targets\":[{\"kind\":\"OFFICE\",\"recipient\":\"INACAL/DN\",\"action\":\"ATENDER\"}]}"));

        assertThat(answers).allSatisfy((name, answer) -> {
            assertThat(answer.getStatusCode()).as(name).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(told(answer)).as(name).isEqualTo(unknown);
        });
        assertThat(eventTypes(draft)).containsExactly("DocumentRegisteredEvent");
    }

    /** A draft of {@code office} by {@code author} whose only signer is {@code head}; answers its id. */
    private String draftPlannedFor(String author, String office, String head, String subject, boolean confidential) {
        String id = api.register(author, "MEMORANDO", subject, office, confidential,
                TestPdfs.withPages(subject)).get("id");
        assertThat(api.put(author, "/api/documents/" + id + "/signature-plan",
                "{\"signers\":[{\"username\":\"" + head + "\",\"role\":\"SIGNATURE\"}]}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        return id;
    }

    private ResponseEntity<Map> fileIn(String caseFileId, String user, String subject) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        String office = "lrojas".equals(user) ? "INACAL/DN" : "INACAL/DM";
        parts.add("metadata", JsonApi.part(MediaType.APPLICATION_JSON, ("{\"type\":\"OFICIO\",\"subject\":\"" + subject
                + "\",\"office\":\"" + office + "\",\"caseFileId\":\"" + caseFileId + "\"}").getBytes(), null));
        parts.add("file", JsonApi.part(MediaType.APPLICATION_PDF, TestPdfs.withPages(subject), "oficio.pdf"));
        return api.as(user).postForEntity("/api/documents", new HttpEntity<>(parts, JsonApi.multipart()), Map.class);
    }

    private ResponseEntity<Map> replaceContent(String user, String id) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", JsonApi.part(MediaType.APPLICATION_PDF, TestPdfs.withPages("Contenido ajeno"), "ajeno.pdf"));
        return api.as(user).exchange("/api/documents/" + id + "/content", HttpMethod.PUT,
                new HttpEntity<>(parts, JsonApi.multipart()), Map.class);
    }

    /** The citizen's view of their case, or null while the read models do not have it yet. */
    private Map<String, Object> track(Map<String, String> request) {
        ResponseEntity<Map> answer = http.postForEntity("/api/public/case-tracking", JsonApi.json("{\"trackingCode\":\""
                + request.get("trackingCode") + "\",\"accessKey\":\"" + request.get("accessKey") + "\"}"), Map.class);
        return answer.getStatusCode() == HttpStatus.OK ? answer.getBody() : null;
    }

    /** Waits until the read models have handled every event stored so far. */
    private void caughtUp() {
        assertThat(api.upload("mquispe", "INFORME", "Informe para esperar a los modelos de lectura", "INACAL/DM", false,
                TestPdfs.withPages("Informe para esperar"), JsonApi.READ_YOUR_WRITES, "true").getHeaders()
                .getFirst(JsonApi.READ_YOUR_WRITES)).isEqualTo("caught-up");
    }

    /** What a problem tells: its status, type, title and Spanish detail (not the path it answers). */
    private static Map<String, Object> told(ResponseEntity<Map> answer) {
        Map<String, Object> told = new LinkedHashMap<>(answer.getBody());
        told.remove("instance");
        return told;
    }

    private String caseFileOf(String trackingCode) {
        return jdbc.queryForObject("SELECT aggregateidentifier FROM domainevententry WHERE payloadtype LIKE "
                + "'%CaseFileOpenedEvent' AND convert_from(payload, 'UTF8') LIKE ?", String.class,
                "%" + trackingCode + "%");
    }

    private long eventCount(String aggregate) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class,
                aggregate);
    }

    private List<String> eventTypes(String id) {
        return jdbc.queryForList("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? "
                + "ORDER BY sequencenumber", String.class, id).stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private TestRestTemplate admin() {
        return http.withBasicAuth("admin", "demo");
    }

    /** The certificate chain of a person's development key, as the person's signing client holds it. */
    private List<X509Certificate> developmentChain(String username) throws Exception {
        char[] pin = PIN.toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(pki.personKeyStore(username, "Persona " + username, pin))) {
            store.load(in, pin);
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate certificate : store.getCertificateChain(store.aliases().nextElement())) {
            chain.add((X509Certificate) certificate);
        }
        return chain;
    }

    private static String chainBody(List<X509Certificate> chain) throws Exception {
        List<String> encoded = new ArrayList<>();
        for (X509Certificate certificate : chain) {
            encoded.add("\"" + Base64.getEncoder().encodeToString(certificate.getEncoded()) + "\"");
        }
        return "{\"certificateChain\":[" + String.join(",", encoded) + "]}";
    }

    private static X509Certificate selfSigned(String subject) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(subject), BigInteger.TWO,
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(365))),
                new X500Name(subject), keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }
}
