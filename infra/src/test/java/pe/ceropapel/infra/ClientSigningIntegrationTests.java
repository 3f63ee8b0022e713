package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import pe.ceropapel.agent.SignerAgent;
import pe.ceropapel.api.document.SignatureRole;
import pe.ceropapel.signature.batch.PdfArchives;
import pe.ceropapel.signature.pades.PadesLevel;
import pe.ceropapel.signature.pades.PadesSigner;
import pe.ceropapel.signature.pades.SignatureAppearance;
import pe.ceropapel.signature.pades.SignatureValidator;
import pe.ceropapel.signature.pades.SigningKey;
import pe.ceropapel.signature.pades.SigningKeys;
import pe.ceropapel.signature.pades.TrustSettings;
import pe.ceropapel.signature.pdf.TestPdfs;
import pe.ceropapel.signature.pki.DevelopmentPki;

/**
 * Signing with one's own certificate on one's own computer through Firma Perú's protocol, with our
 * signer-agent as the local client: one document and a batch are signed and recorded; files signed by
 * someone else, by an untrusted certificate, with a second extra signature or on a changed revision,
 * and used tickets, are refused with a Spanish reason and change nothing.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class ClientSigningIntegrationTests extends EmbeddedApplicationTestBase {

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DevelopmentPki pki;
    @Autowired
    private SignatureValidator validator;

    @TempDir
    Path work;
    /** jperez's DNIe, shaped as RENIEC issues them, in a SoftHSM2 token made once for the class. */
    @TempDir
    static Path dnieHome;
    private static boolean dnieReady;
    private static final String DNIE_PIN = "12345678";

    private JsonApi api;

    @BeforeEach
    void directory() {
        new TestDirectory(http)
                .office("INACAL/DM", "Dirección de Metrología")
                .person("jperez", "20000001", "INACAL/DM", "HEAD")
                .person("mquispe", "20000002", "INACAL/DM")
                .head("INACAL/DM", "jperez");
        api = new JsonApi(http);
    }

    @Test
    void shouldSignADocumentWithTheAgentAndRecordItAsTheSignersSignatureExtendedHere() throws Exception {
        String id = documentToSignBy("jperez", "Informe firmado con el certificado propio");
        Map<String, Object> ticket = ticket("jperez", id);

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = SignerAgent.run(new PrintStream(printed, true, StandardCharsets.UTF_8), PIN.toCharArray(),
                "--param-url=" + ticket.get("paramUrl"), "--token=" + ticket.get("ticket"),
                "--pkcs12=" + keyStoreOf("jperez"));

        assertThat(exit).as(printed.toString(StandardCharsets.UTF_8)).isZero();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("jperez", "/api/documents/" + id)).containsEntry("state", "ISSUED"));
        Path signed = Files.write(work.resolve("signed.pdf"),
                api.as("jperez").getForObject("/api/documents/" + id + "/content", byte[].class));
        assertThat(pdfsig(signed)).as("the signature, as poppler validates it").contains("Signature is Valid.")
                .doesNotContain("Signature is Invalid");
        assertThat(validator.validate(signed, false).signatures()).filteredOn(s -> s.signer() != null)
                .anySatisfy(signature -> {
                    assertThat(signature.signer()).isEqualTo("Persona jperez");
                    assertThat(signature.intact()).isTrue();
                    assertThat(signature.timeStampedAt()).as("the time-stamp added here (level B-T)").isNotNull();
                });
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND"
                + " payloadtype = 'pe.ceropapel.api.document.ClientSignatureRecordedEvent'", Long.class, id)).isOne();

        ResponseEntity<Map> replayed = parameters((String) ticket.get("ticket"));
        assertThat(replayed.getStatusCode().value()).isEqualTo(422);
        assertThat(replayed.getBody()).containsEntry("refusal", "USED_TICKET");
        assertThat((String) replayed.getBody().get("detail")).contains("ya se usó");
    }

    @Test
    void shouldSignWithTheSigningCertificateOfADnieShapedTokenThatTheFilterChooses() throws Exception {
        String id = documentToSignBy("jperez", "Informe firmado con el DNIe");
        Map<String, Object> ticket = ticket("jperez", id);

        signWithTheDnie((String) ticket.get("paramUrl"), (String) ticket.get("ticket"));

        assertThat(jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE"
                + " aggregateidentifier = ? AND payloadtype = 'pe.ceropapel.api.document.ClientSignatureRecordedEvent'",
                String.class, id)).as("the certificate the filter .*FIR.*|.*FAU.* chose, naming the DNI")
                .contains("PEREZ ROJAS Juan FIR 20000001", "PNOPE-20000001").doesNotContain(" AUT ");
    }

    @Test
    void shouldSignFromTheDocumentPageInChromiumWithTheAgentAndShowTheResultLive() throws Exception {
        String subject = "Informe firmado desde el navegador";
        String id = documentToSignBy("jperez", subject);
        try (Browser browser = new Browser(baseUrl(), "client-signing")) {
            browser.login("jperez").open("/documentos/" + id).click("firmar-propio").waitForText("Esperando la firma")
                    .screenshot("ticket");
            assertThat(browser.text()).contains(subject, "0 de 1 firmados", "signer-agent-exec.jar");

            int exit = SignerAgent.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    PIN.toCharArray(), "--param-url=" + browser.textOf("param-url"),
                    "--token=" + browser.textOf("param-token"), "--pkcs12=" + keyStoreOf("jperez"));

            assertThat(exit).isZero();
            browser.waitForText("1 de 1 firmados").screenshot("signed");
            assertThat(browser.textOf("estado-" + id)).isEqualTo("Firmado");
        }
    }

    @Test
    void shouldSignABatchAndRecordEachDocumentOnItsOwn() {
        List<String> ids = List.of(documentToSignBy("jperez", "Certificado de calibración 1"),
                documentToSignBy("jperez", "Certificado de calibración 2"),
                documentToSignBy("jperez", "Certificado de calibración 3"));
        Map<String, Object> ticket = ticket("jperez", ids.toArray(String[]::new));
        assertThat(ticket).containsEntry("documentExtension", "7z");

        int exit = SignerAgent.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                PIN.toCharArray(), "--param-url=" + ticket.get("paramUrl"), "--token=" + ticket.get("ticket"),
                "--pkcs12=" + keyStoreOf("jperez"));

        assertThat(exit).isZero();
        List<Map> states = api.as("jperez").getForObject("/api/documents/client-signatures/" + ticket.get("ticket"),
                List.class);
        assertThat(states).extracting(state -> state.get("state")).containsOnly("SIGNED").hasSize(3);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> ids.forEach(id ->
                assertThat(api.get("jperez", "/api/documents/" + id)).containsEntry("state", "ISSUED")));
    }

    @Test
    void shouldFollowABatchOfFiftyChosenInTheTraySignedWithADnieUntilEachDocumentIsSignedAndValid() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            ids.add(documentToSignBy("jperez", "Certificado elegido en la bandeja " + i));
        }
        // the tray lists the newest first, a page at a time
        String first = ids.get(49);
        String second = ids.get(48);
        PageSession pages = new PageSession(http);
        String session = pages.login("jperez");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(pages.get(session, "/?bandeja=TO_SIGN")
                .getBody()).contains("value=\"" + first + "\"", "value=\"" + second + "\"", "id=\"firmar-lote\""));

        ResponseEntity<String> issued = pages.submitTo(session, "/?bandeja=TO_SIGN", "/firma-propia",
                ids.stream().flatMap(id -> Stream.of("documentos", id)).toArray(String[]::new));
        assertThat(issued.getHeaders().getLocation().getPath()).isEqualTo("/firma-propia");
        String page = pages.get(session, "/firma-propia").getBody();
        assertThat(page).contains("Certificado elegido en la bandeja 1", "Esperando la firma", "0 de 50 firmados",
                "java -jar signer-agent-exec.jar");
        Matcher token = Pattern.compile("id=\"param-token\">([^<]+)<").matcher(page);
        Matcher url = Pattern.compile("id=\"param-url\">([^<]+)<").matcher(page);
        assertThat(token.find() && url.find()).isTrue();

        signWithTheDnie(url.group(1), token.group(1));
        assertThat(pages.get(session, "/firma-propia/estado").getBody()).contains("50 de 50 firmados; 0 rechazados")
                .doesNotContain("Esperando la firma");
        for (String id : ids) {
            Path signed = Files.write(work.resolve(id + ".pdf"),
                    api.as("jperez").getForObject("/api/documents/" + id + "/content", byte[].class));
            assertThat(pdfsig(signed)).as("poppler on %s", id).contains("Signature is Valid.")
                    .doesNotContain("Signature is Invalid");
            assertThat(validator.validate(signed, false).signatures()).as("DSS on %s", id)
                    .filteredOn(signature -> signature.signer() != null).singleElement()
                    .satisfies(signature -> assertThat(signature.intact()).isTrue());
        }
    }

    @Test
    void shouldRecordEachFileOfABatchOnItsOwnWhenOneIsRefused() throws Exception {
        List<String> ids = List.of(documentToSignBy("jperez", "Lote con un archivo ajeno 1"),
                documentToSignBy("jperez", "Lote con un archivo ajeno 2"),
                documentToSignBy("jperez", "Lote con un archivo ajeno 3"));
        String ticket = (String) ticket("jperez", ids.toArray(String[]::new)).get("ticket");
        Path archive = Files.write(work.resolve("por-firmar.7z"),
                http.getForObject("/api/public/firma/documentos/" + ticket, byte[].class));
        Map<String, Path> signed = new LinkedHashMap<>();
        for (Map.Entry<String, Path> pdf : PdfArchives.unpack(archive, work.resolve("lote")).entrySet()) {
            boolean foreign = signed.size() == 1;
            signed.put(pdf.getKey(), signOnce(pdf.getValue(), keyStoreOf(foreign ? "mquispe" : "jperez")));
        }

        ResponseEntity<Map> answer = upload(ticket, PdfArchives.pack(signed, work.resolve("firmados.7z")));

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        List<Map> documents = (List<Map>) answer.getBody().get("documents");
        assertThat(documents).extracting(document -> document.get("state")).containsExactly("SIGNED", "REFUSED", "SIGNED");
        assertThat(documents.get(1)).containsEntry("documentId", ids.get(1)).containsEntry("refusal", "FOREIGN_CERTIFICATE");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(api.get("jperez", "/api/documents/" + ids.get(0))).containsEntry("state", "ISSUED");
            assertThat(api.get("jperez", "/api/documents/" + ids.get(2))).containsEntry("state", "ISSUED");
        });
        assertThat(api.get("jperez", "/api/documents/" + ids.get(1))).containsEntry("state", "DRAFT")
                .containsEntry("version", 1);
    }

    @Test
    void shouldRefuseAFileSignedWithSomeoneElsesCertificate() throws Exception {
        String id = documentToSignBy("jperez", "Informe que otra persona intenta firmar");
        String ticket = (String) ticket("jperez", id).get("ticket");
        Path prepared = download(ticket);

        assertRefusedChangingNothing(id, ticket, signOnce(prepared, keyStoreOf("mquispe")), "FOREIGN_CERTIFICATE",
                "no es suyo");
    }

    @Test
    void shouldRefuseAFileSignedWithACertificateNoTrustedAuthorityIssued() throws Exception {
        String id = documentToSignBy("jperez", "Informe firmado con un certificado hecho en casa");
        String ticket = (String) ticket("jperez", id).get("ticket");
        Path prepared = download(ticket);

        assertRefusedChangingNothing(id, ticket, signOnce(prepared, selfSignedKeyStoreNaming("20000001")),
                "UNTRUSTED_CERTIFICATE", "lista de confianza");
    }

    @Test
    void shouldRefuseAFileWithASecondExtraSignature() throws Exception {
        String id = documentToSignBy("jperez", "Informe con dos firmas nuevas");
        String ticket = (String) ticket("jperez", id).get("ticket");
        Path once = signOnce(download(ticket), keyStoreOf("jperez"));

        assertRefusedChangingNothing(id, ticket, signOnce(once, keyStoreOf("jperez")), "NOT_ONE_NEW_SIGNATURE",
                "exactamente una firma nueva");
    }

    @Test
    void shouldRefuseAFileWhoseEarlierRevisionWasChanged() throws Exception {
        String id = documentToSignBy("jperez", "Informe cambiado antes de firmarse");
        String ticket = (String) ticket("jperez", id).get("ticket");
        Path prepared = download(ticket);
        Path changed = work.resolve("changed.pdf");
        try (PDDocument document = Loader.loadPDF(prepared.toFile())) {
            document.getDocumentInformation().setTitle("Otro contenido");
            document.save(changed.toFile());
        }

        assertRefusedChangingNothing(id, ticket, signOnce(changed, keyStoreOf("jperez")), "CHANGED_REVISION",
                "no es el documento preparado");
    }

    @Test
    void shouldRefuseAnUnknownTicket() {
        ResponseEntity<Map> answer = parameters("no-es-un-ticket");

        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat(answer.getBody()).containsEntry("refusal", "UNKNOWN_TICKET");
    }

    /** Runs the agent with jperez's DNIe-shaped SoftHSM2 token (made on first use), as an official would. */
    private void signWithTheDnie(String paramUrl, String ticket) throws Exception {
        if (!dnieReady) {
            char[] filePin = "clave-p12".toCharArray();
            SoftHsmToken.create(dnieHome, "DNIe", DNIE_PIN)
                    .importKey(pki.dnieShapedKeyStore(dnieHome.resolve("aut.p12"), "20000001", "PEREZ ROJAS Juan",
                            "AUT", filePin), filePin, "autenticacion", "01")
                    .importKey(pki.dnieShapedKeyStore(dnieHome.resolve("fir.p12"), "20000001", "PEREZ ROJAS Juan",
                            "FIR", filePin), filePin, "firma", "02");
            dnieReady = true;
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = SignerAgent.run(new PrintStream(printed, true, StandardCharsets.UTF_8), DNIE_PIN.toCharArray(),
                "--param-url=" + paramUrl, "--token=" + ticket, "--pkcs11-library=" + SoftHsmToken.LIBRARY);
        assertThat(exit).as(printed.toString(StandardCharsets.UTF_8)).isZero();
    }

    private void assertRefusedChangingNothing(String id, String ticket, Path signed, String refusal, String detail) {
        long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        Map before = api.get("jperez", "/api/documents/" + id);

        ResponseEntity<Map> answer = upload(ticket, signed);

        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(422);
        assertThat(answer.getBody()).containsEntry("refusal", refusal);
        assertThat((String) answer.getBody().get("detail")).contains(detail);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(events);
        assertThat(api.get("jperez", "/api/documents/" + id)).isEqualTo(before);
        List<Map> states = api.as("jperez").getForObject("/api/documents/client-signatures/" + ticket, List.class);
        assertThat(states).singleElement().satisfies(state -> assertThat(state).containsEntry("state", "REFUSED")
                .containsEntry("refusal", refusal));
    }

    /** A document by mquispe whose only signer is {@code signer}. */
    private String documentToSignBy(String signer, String subject) {
        String id = api.register("mquispe", "INFORME", subject, "INACAL/DM", false, TestPdfs.withPages(subject))
                .get("id");
        assertThat(api.put("mquispe", "/api/documents/" + id + "/signature-plan",
                "{\"signers\":[{\"username\":\"" + signer + "\",\"role\":\"SIGNATURE\"}]}").getStatusCode().value())
                .isEqualTo(204);
        return id;
    }

    private Map<String, Object> ticket(String signer, String... documentIds) {
        ResponseEntity<Map> answer = api.post(signer, "/api/documents/client-signatures",
                "{\"documentIds\":[\"" + String.join("\",\"", documentIds) + "\"]}");
        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(200);
        return answer.getBody();
    }

    private ResponseEntity<Map> parameters(String ticket) {
        HttpHeaders headers = formHeaders();
        // as the local clients ask: anything; a refusal comes as a problem detail
        headers.setAccept(List.of(MediaType.ALL));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("param_token", ticket);
        return http.postForEntity("/api/public/firma/parametros", new HttpEntity<>(form, headers), Map.class);
    }

    private Path download(String ticket) throws IOException {
        ResponseEntity<String> parameters = http.postForEntity("/api/public/firma/parametros",
                new HttpEntity<>("param_token=" + ticket, formHeaders()), String.class);
        String json = new String(Base64.getDecoder().decode(parameters.getBody().strip()), StandardCharsets.UTF_8);
        assertThat(json).contains("\"signatureFormat\":\"PAdES\"", "\"bachtOperation\":false",
                "\"documentToSign\":", "\"uploadDocumentSigned\":", "\"stampPage\":");
        return Files.write(work.resolve("prepared-" + System.nanoTime() + ".pdf"),
                http.getForObject("/api/public/firma/documentos/" + ticket, byte[].class));
    }

    private ResponseEntity<Map> upload(String ticket, Path signed) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        try {
            parts.add("signed_file", JsonApi.part(MediaType.APPLICATION_PDF, Files.readAllBytes(signed), "firmado.pdf"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return http.postForEntity("/api/public/firma/firmados/" + ticket, new HttpEntity<>(parts, JsonApi.multipart()),
                Map.class);
    }

    /** The PDF signed once more at level B with the only key of {@code keyStore}, as a local client would. */
    private Path signOnce(Path pdf, Path keyStore) {
        Path target = work.resolve("signed-" + System.nanoTime() + ".pdf");
        try (SigningKey key = SigningKeys.pkcs12(keyStore, PIN.toCharArray())) {
            new PadesSigner(new TrustSettings(List.of(), null, false)).sign(pdf, target,
                    new SignatureAppearance("Firmante", null, SignatureRole.SIGNATURE), PadesLevel.B, key);
        }
        return target;
    }

    private Path keyStoreOf(String username) {
        return pki.personKeyStore(username, "Persona " + username, PIN.toCharArray());
    }

    /** A PKCS#12 file with a self-made certificate that names the DNI as Peruvian certificates do. */
    private Path selfSignedKeyStoreNaming(String dni) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("C=PE, SERIALNUMBER=PNOPE-" + dni + ", CN=Firmante Casero FIR");
        Instant now = Instant.now();
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                name, BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(365))), name, pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("firmante", pair.getPrivate(), PIN.toCharArray(), new X509Certificate[] {certificate});
        Path file = work.resolve("casero.p12");
        try (var out = Files.newOutputStream(file)) {
            store.store(out, PIN.toCharArray());
        }
        return file;
    }

    private static HttpHeaders formHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return headers;
    }

    private static String pdfsig(Path pdf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        await().atMost(Duration.ofSeconds(60)).until(() -> !process.isAlive());
        return output;
    }
}
