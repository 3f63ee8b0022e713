package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import pe.ceropapel.signature.pdf.TestPdfs;
import pe.ceropapel.signature.pki.DevelopmentPki;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.Sha256;

/** A memo's life over HTTP on the real engines: drafted, planned, signed in order, rejected, numbered, annulled. */
class DocumentLifecycleIntegrationTests extends EmbeddedApplicationTestBase {

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private ObjectStorage storage;

    @Autowired
    private DevelopmentPki pki;

    @BeforeEach
    void directory() {
        new TestDirectory(http)
                .office("INACAL/DM", "Dirección de Metrología")
                .office("INACAL/DN", "Dirección de Normalización")
                .office("INACAL/DA", "Dirección de Acreditación")
                .person("jperez", "20000001", "INACAL/DM", "HEAD")
                .person("mquispe", "20000002", "INACAL/DM")
                .person("lrojas", "20000003", "INACAL/DN", "HEAD")
                .person("rhuaman", "20000004", "INACAL/DA", "HEAD")
                .person("gsalas", "20000005", "INACAL/DN")
                .head("INACAL/DM", "jperez");
    }

    @Test
    void shouldCarryAMemoFromDraftToIssuedDerivedAndAnnulled() {
        Map<String, Object> registered = registerFiled("mquispe", "Memorando sobre la calibración de balanzas");
        String id = (String) registered.get("id");
        String caseFileId = (String) registered.get("caseFileId");
        String plan = "{\"signers\":[{\"username\":\"lrojas\",\"role\":\"APPROVAL\"},"
                + "{\"username\":\"rhuaman\",\"role\":\"APPROVAL\"},{\"username\":\"jperez\",\"role\":\"SIGNATURE\"}]}";

        assertThat(put("mquispe", "/api/documents/" + id + "/draft",
                "{\"subject\":\"Memorando sobre la calibración de balanzas de precisión\","
                        + "\"recipients\":[\"INACAL/DN\",\"INACAL/DA\"]}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<Map> annex = as("mquispe").postForEntity("/api/documents/" + id + "/attachments",
                multipart("file", "Anexo 1.txt", MediaType.TEXT_PLAIN, "Relación de balanzas".getBytes()), Map.class);
        assertThat(annex.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(put("mquispe", "/api/documents/" + id + "/signature-plan", plan).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<Map> outOfTurn = sign("jperez", id);
        assertThat(outOfTurn.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(outOfTurn.getBody()).containsEntry("detail", "Ahora le corresponde firmar a lrojas, no a jperez.");
        assertThat(sign("lrojas", id).getBody()).containsEntry("version", 2).containsEntry("number", null);

        assertThat(post("rhuaman", "/api/documents/" + id + "/rejection", "{\"reason\":\"Falta el anexo 2\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(as("mquispe").exchange("/api/documents/" + id + "/content", HttpMethod.PUT,
                multipart("file", "v3.pdf", MediaType.APPLICATION_PDF, TestPdfs.withPages("Versión corregida")),
                Void.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(put("mquispe", "/api/documents/" + id + "/signature-plan", plan).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(sign("lrojas", id).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(post("mquispe", "/api/documents/" + id + "/resubmission", "{}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(sign("lrojas", id).getBody()).containsEntry("version", 4);
        assertThat(sign("rhuaman", id).getBody()).containsEntry("version", 5);
        Map<String, Object> last = sign("jperez", id).getBody();
        assertThat(last).containsEntry("version", 6);
        String number = (String) ((Map<?, ?>) last.get("number")).get("text");
        int year = Year.now(ZoneId.of("America/Lima")).getValue();
        assertThat(number).matches("MEMORANDO N° \\d{6}-" + year + "-INACAL/DM");

        String signedSha256 = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8')::json -> 'content' ->> 'sha256' "
                + "FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = (SELECT max(sequencenumber) "
                + "FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE '%DocumentSignedEvent')",
                String.class, id, id);
        Map<String, Object> issued = await().atMost(Duration.ofSeconds(30)).until(
                () -> as("mquispe").getForObject("/api/documents/" + id, Map.class),
                view -> "ISSUED".equals(view.get("state")) && ((List<?>) view.get("derivations")).size() == 2);
        assertThat(issued).containsEntry("number", number).containsEntry("version", 6);
        ResponseEntity<byte[]> signedPdf = as("mquispe").getForEntity("/api/documents/" + id + "/content", byte[].class);
        assertThat(signedPdf.getHeaders().getETag()).isEqualTo("\"" + signedSha256 + "\"");
        assertThat(Sha256.of(signedPdf.getBody())).isEqualTo(signedSha256);

        // issued, it went to the recipients its author named
        List<String> derivations = ((List<Map<String, Object>>) issued.get("derivations")).stream()
                .map(derivation -> (String) derivation.get("derivationId")).toList();
        assertThat(((List<Map<String, Object>>) issued.get("derivations"))).extracting(d -> d.get("recipient"))
                .containsExactly("INACAL/DN", "INACAL/DA");
        String toDn = "/api/documents/" + id + "/derivations/" + derivations.get(0);
        String toDa = "/api/documents/" + id + "/derivations/" + derivations.get(1);
        assertThat(post("lrojas", toDn + "/receipt", "{}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("lrojas", toDn + "/attention", "{}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("rhuaman", toDa + "/return", "{\"reason\":\"No corresponde\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        // the timeline is a read model: it shows the return once the projection has handled it
        List<Map<String, String>> timeline = await().atMost(Duration.ofSeconds(30)).until(
                () -> as("jperez").getForObject("/api/case-files/" + caseFileId + "/timeline", List.class),
                steps -> "RETURNED".equals(((List<Map<String, String>>) steps).get(steps.size() - 1).get("action")));
        assertThat(timeline.subList(0, 2)).extracting(step -> step.get("action"))
                .containsExactlyInAnyOrder("REGISTERED", "CASE_OPENED");
        assertThat(timeline.subList(2, timeline.size())).extracting(step -> step.get("action")).containsExactly(
                "APPROVED", "REJECTED", "CONTENT_REPLACED", "RESUBMITTED", "APPROVED", "APPROVED", "SIGNED", "ISSUED",
                "DERIVED", "DERIVED", "RECEIVED", "ATTENDED", "RETURNED");
        assertThat(timeline.subList(10, 15)).extracting(step -> step.get("office"))
                .containsExactly("INACAL/DN", "INACAL/DA", "INACAL/DN", "INACAL/DN", "INACAL/DA");
        assertThat(timeline.get(8)).containsEntry("actor", "jperez").containsEntry("office", "INACAL/DM");

        assertThat(post("mquispe", "/api/documents/" + id + "/annulment", "{\"reason\":\"Error material\"}")
                .getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(post("jperez", "/api/documents/" + id + "/annulment", "{\"reason\":\"Error material\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("jperez", "/api/documents/" + id + "/annulment", "{\"reason\":\"Otra vez\"}")
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(await().atMost(Duration.ofSeconds(30)).until(
                () -> as("mquispe").getForObject("/api/documents/" + id, Map.class),
                view -> "ANNULLED".equals(view.get("state")))).containsEntry("number", number);

        assertThat(eventTypes(id)).containsExactly("DocumentRegisteredEvent", "DraftEditedEvent", "AttachmentAddedEvent",
                "SignaturePlanSetEvent", "VerificationCodeAssignedEvent", "DocumentSignedEvent", "DocumentRejectedEvent",
                "ContentReplacedEvent",
                "SignaturePlanSetEvent", "DocumentResubmittedEvent", "DocumentSignedEvent", "DocumentSignedEvent", "DocumentNumberedEvent",
                "DocumentSignedEvent", "DocumentIssuedEvent", "DocumentDerivedEvent", "DocumentDerivedEvent",
                "DerivationReceivedEvent", "DerivationAttendedEvent", "DerivationReturnedEvent", "DocumentAnnulledEvent");
        assertThat(signedVersionsInStorage(id)).hasSize(4).allMatch(storage::exists);
        assertThat(jdbc.queryForObject("SELECT convert_from(metadata, 'UTF8') FROM domainevententry "
                + "WHERE aggregateidentifier = ? AND payloadtype LIKE '%DerivationReturnedEvent'", String.class, id))
                .contains("\"user\":\"rhuaman\"", "\"office\":\"INACAL/DA\"", "\"address\":\"127.0.0.1\"");
    }

    @Test
    void shouldDeriveAnIssuedDocumentToTwoOfficesThatActIndependently() {
        String id = register("mquispe", "Oficio sobre patrones nacionales de medida");
        put("mquispe", "/api/documents/" + id + "/signature-plan",
                "{\"signers\":[{\"username\":\"jperez\",\"role\":\"SIGNATURE\"}]}");
        assertThat(sign("jperez", id).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<Map> derived = post("mquispe", "/api/documents/" + id + "/derivations",
                "{\"comment\":\"Para su atención\",\"targets\":["
                        + "{\"kind\":\"OFFICE\",\"recipient\":\"INACAL/DN\",\"action\":\"ATENDER\",\"dueDate\":\""
                        + LocalDate.now(ZoneId.of("America/Lima")).plusDays(5) + "\"},"
                        + "{\"kind\":\"OFFICE\",\"recipient\":\"INACAL/DA\",\"action\":\"ATENDER\"}]}");
        assertThat(derived.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        List<String> derivations = (List<String>) derived.getBody().get("derivationIds");
        String toDn = "/api/documents/" + id + "/derivations/" + derivations.get(0);
        String toDa = "/api/documents/" + id + "/derivations/" + derivations.get(1);

        assertThat(post("rhuaman", toDn + "/receipt", "{}").getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(post("lrojas", toDn + "/receipt", "{}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("lrojas", toDn + "/attention", "{\"comment\":\"Atendido con el informe adjunto\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("rhuaman", toDa + "/return", "{\"reason\":\"No es competencia de Acreditación\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("rhuaman", toDa + "/receipt", "{}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(post("lrojas", "/api/documents/" + id + "/derivations/no-such/receipt", "{}").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(eventTypes(id)).endsWith("DocumentDerivedEvent", "DocumentDerivedEvent", "DerivationReceivedEvent",
                "DerivationAttendedEvent", "DerivationReturnedEvent");
    }

    @Test
    void shouldLetOnlyOneOfTwoSimultaneousReceiptsWin() throws Exception {
        String id = register("mquispe", "Oficio para recepción simultánea");
        put("mquispe", "/api/documents/" + id + "/signature-plan",
                "{\"signers\":[{\"username\":\"jperez\",\"role\":\"SIGNATURE\"}]}");
        sign("jperez", id);
        String derivation = ((List<String>) post("mquispe", "/api/documents/" + id + "/derivations",
                "{\"targets\":[{\"kind\":\"OFFICE\",\"recipient\":\"INACAL/DN\",\"action\":\"ATENDER\"}]}")
                .getBody().get("derivationIds")).get(0);
        String receipt = "/api/documents/" + id + "/derivations/" + derivation + "/receipt";

        ExecutorService people = Executors.newFixedThreadPool(2);
        try {
            Future<ResponseEntity<Map>> first = people.submit(() -> post("lrojas", receipt, "{}"));
            Future<ResponseEntity<Map>> second = people.submit(() -> post("gsalas", receipt, "{}"));
            assertThat(List.of(first.get().getStatusCode().value(), second.get().getStatusCode().value()))
                    .containsExactlyInAnyOrder(204, 409);
        } finally {
            people.shutdownNow();
        }
        assertThat(eventTypes(id)).containsOnlyOnce("DerivationReceivedEvent");
    }

    @Test
    void shouldRefuseAPlanWhoseFinalSignerCannotSignForTheOffice() {
        String id = register("mquispe", "Informe técnico de verificación");

        ResponseEntity<Map> refused = put("mquispe", "/api/documents/" + id + "/signature-plan",
                "{\"signers\":[{\"username\":\"lrojas\",\"role\":\"SIGNATURE\"}]}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody()).containsEntry("type", "urn:ceropapel:problem:rule-violated")
                .containsEntry("detail", "El firmante final debe estar facultado para firmar por INACAL/DM (jefe de la unidad).")
                .containsEntry("reason", "the final signer must be entitled to sign for INACAL/DM");
        assertThat(eventTypes(id)).containsExactly("DocumentRegisteredEvent");
    }

    @Test
    void shouldLetOnlyTheAuthorChangeADraft() {
        String id = register("mquispe", "Nota de coordinación");

        ResponseEntity<Map> refused = put("jperez", "/api/documents/" + id + "/draft",
                "{\"subject\":\"Cambiado por otro\",\"recipients\":[]}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(post("mquispe", "/api/documents/" + id + "/discard", "{}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(sign("jperez", id).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void shouldAnswer404ForALifecycleStepOfAnUnknownDocument() {
        assertThat(sign("jperez", "no-such-document").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldSignWithPinAndRemotelyThenLetAnyoneVerifyByCodeOrUploadAndExtendOnArchiving() throws Exception {
        String id = register("mquispe", "Memorando sobre patrones de masa");
        assertThat(put("mquispe", "/api/documents/" + id + "/signature-plan", "{\"signers\":["
                + "{\"username\":\"lrojas\",\"role\":\"APPROVAL\"},{\"username\":\"jperez\",\"role\":\"SIGNATURE\"}]}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<Map> wrongPin = post("lrojas", "/api/documents/" + id + "/signatures", "{\"pin\":\"999999\"}");
        assertThat(wrongPin.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(wrongPin.getBody()).containsEntry("type", "urn:ceropapel:problem:wrong-pin");
        assertThat(eventTypes(id)).doesNotContain("DocumentSignedEvent", "VerificationCodeAssignedEvent");
        assertThat(sign("lrojas", id).getStatusCode()).isEqualTo(HttpStatus.OK);

        // jperez keeps his key: the server never sees it, only his certificate chain and the signature value
        KeyStore.PrivateKeyEntry key = developmentKey("jperez");
        List<String> chain = new ArrayList<>();
        for (java.security.cert.Certificate certificate : key.getCertificateChain()) {
            chain.add(Base64.getEncoder().encodeToString(certificate.getEncoded()));
        }
        Map<String, Object> challenge = post("jperez", "/api/documents/" + id + "/remote-signatures",
                "{\"certificateChain\":[\"" + String.join("\",\"", chain) + "\"]}").getBody();
        Signature client = Signature.getInstance((String) challenge.get("signatureAlgorithm"));
        client.initSign(key.getPrivateKey());
        client.update(Base64.getDecoder().decode((String) challenge.get("dataToSign")));
        String value = Base64.getEncoder().encodeToString(client.sign());
        String completion = "/api/documents/" + id + "/remote-signatures/" + challenge.get("sessionId");
        assertThat(post("jperez", completion, "{\"signatureValue\":\"" + Base64.getEncoder().encodeToString(
                new byte[256]) + "\"}").getBody()).containsEntry("type", "urn:ceropapel:problem:bad-signature-value");
        Map<String, Object> issued = post("jperez", completion, "{\"signatureValue\":\"" + value + "\"}").getBody();
        String number = (String) ((Map<?, ?>) issued.get("number")).get("text");

        String code = jdbc.queryForObject("SELECT verification_code FROM verifiable_document WHERE document_id = ?",
                String.class, id);
        Map<String, Object> verified = http.getForObject("/api/public/verification/" + code.toLowerCase(), Map.class);
        assertThat(verified).containsEntry("valid", true).containsEntry("number", number);
        assertThat((List<Map<String, Object>>) verified.get("signatures")).extracting(s -> s.get("indication"))
                .containsExactly("TOTAL_PASSED", "TOTAL_PASSED");
        assertThat(http.getForEntity("/verificar/" + code, Void.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/api/public/verification/AAAA-BBBB-CCCC-DDDD", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        byte[] signedPdf = http.getForObject("/api/public/verification/" + code + "/content", byte[].class);
        Map<String, Object> uploaded = http.postForObject("/api/public/verification?reports=true",
                multipart("file", "firmado.pdf", MediaType.APPLICATION_PDF, signedPdf), Map.class);
        assertThat(uploaded).containsEntry("valid", true);
        assertThat((String) uploaded.get("detailedReport")).contains("DetailedReport");
        byte[] tampered = signedPdf.clone();
        int inside = new String(signedPdf, StandardCharsets.ISO_8859_1).indexOf("stream\n") + 20;
        tampered[inside] ^= 0x01;
        Map<String, Object> forged = http.postForObject("/api/public/verification",
                multipart("file", "alterado.pdf", MediaType.APPLICATION_PDF, tampered), Map.class);
        assertThat(forged).containsEntry("valid", false);
        assertThat((List<Map<String, Object>>) forged.get("signatures")).extracting(s -> s.get("subIndication"))
                .contains("HASH_FAILURE");

        assertThat(post("mquispe", "/api/documents/" + id + "/archive", "{}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        await().atMost(Duration.ofSeconds(60)).until(() -> eventTypes(id).contains("SignaturesExtendedEvent"));
        Map<String, Object> archived = http.getForObject("/api/public/verification/" + code, Map.class);
        assertThat(archived).containsEntry("valid", true);
        assertThat((List<Map<String, Object>>) archived.get("signatures")).extracting(s -> s.get("level"))
                .containsOnly("PAdES-BASELINE-LTA");
    }

    @Test
    void shouldLockASigningKeyAfterThreeWrongPinsUntilAnAdministratorUnlocksIt() {
        new TestDirectory(http).person("pvilca", "20000016", "INACAL/DN", "HEAD");
        String id = register("mquispe", "Memorando firmado tras PIN equivocados");
        assertThat(put("mquispe", "/api/documents/" + id + "/signature-plan", "{\"signers\":["
                + "{\"username\":\"pvilca\",\"role\":\"APPROVAL\"},{\"username\":\"jperez\",\"role\":\"SIGNATURE\"}]}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        String signatures = "/api/documents/" + id + "/signatures";

        for (int attempt = 1; attempt <= 2; attempt++) {
            assertThat(post("pvilca", signatures, "{\"pin\":\"999999\"}").getBody())
                    .containsEntry("type", "urn:ceropapel:problem:wrong-pin");
        }
        assertThat(post("pvilca", signatures, "{\"pin\":\"999999\"}").getBody())
                .containsEntry("type", "urn:ceropapel:problem:wrong-pin-key-locked");
        ResponseEntity<Map> locked = sign("pvilca", id);
        assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.LOCKED);
        assertThat(locked.getBody()).containsEntry("type", "urn:ceropapel:problem:signing-key-locked");
        assertThat(eventTypes(id)).doesNotContain("DocumentSignedEvent");
        assertThat(eventTypes("pvilca")).containsSubsequence("WrongSigningPinEnteredEvent",
                "WrongSigningPinEnteredEvent", "WrongSigningPinEnteredEvent", "SigningKeyLockedEvent");

        String unlock = "/api/people/pvilca/signing-key/unlock";
        assertThat(post("mquispe", unlock, "{}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("admin", unlock, "{}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(sign("pvilca", id).getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> trail = as("admin").getForObject("/api/audit/people/pvilca", List.class);
        assertThat(trail).filteredOn(entry -> "SigningKeyUnlockedEvent".equals(entry.get("event")))
                .singleElement().satisfies(entry -> assertThat(entry).containsEntry("user", "admin"));
    }

    private KeyStore.PrivateKeyEntry developmentKey(String username) throws Exception {
        char[] pin = PIN.toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(pki.personKeyStore(username, username, pin))) {
            store.load(in, pin);
        }
        return (KeyStore.PrivateKeyEntry) store.getEntry(store.aliases().nextElement(), new KeyStore.PasswordProtection(pin));
    }

    private String register(String author, String subject) {
        return (String) registerFiled(author, subject).get("id");
    }

    private Map<String, Object> registerFiled(String author, String subject) {
        MultiValueMap<String, Object> parts = multipartParts("file", "memo.pdf", MediaType.APPLICATION_PDF,
                TestPdfs.withPages(subject));
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        parts.add("metadata", new HttpEntity<>("{\"type\":\"MEMORANDO\",\"subject\":\"" + subject
                + "\",\"office\":\"INACAL/DM\"}", json));
        ResponseEntity<Map> created = as(author).postForEntity("/api/documents", new HttpEntity<>(parts, multipartHeaders()),
                Map.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody();
    }

    private List<String> eventTypes(String id) {
        return jdbc.queryForList("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? "
                + "ORDER BY sequencenumber", String.class, id).stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private List<String> signedVersionsInStorage(String id) {
        return jdbc.queryForList("SELECT convert_from(payload, 'UTF8')::json -> 'content' ->> 'objectKey' "
                + "FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE '%DocumentSignedEvent'",
                String.class, id);
    }

    private ResponseEntity<Map> sign(String user, String id) {
        return post(user, "/api/documents/" + id + "/signatures", "{\"pin\":\"" + PIN + "\"}");
    }

    private ResponseEntity<Map> put(String user, String path, String json) {
        return as(user).exchange(path, HttpMethod.PUT, jsonEntity(json), Map.class);
    }

    private ResponseEntity<Map> post(String user, String path, String json) {
        return as(user).exchange(path, HttpMethod.POST, jsonEntity(json), Map.class);
    }

    private TestRestTemplate as(String user) {
        return http.withBasicAuth(user, "demo");
    }

    private static HttpEntity<String> jsonEntity(String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(json, headers);
    }

    private static HttpEntity<MultiValueMap<String, Object>> multipart(String part, String fileName, MediaType type,
                                                                       byte[] bytes) {
        return new HttpEntity<>(multipartParts(part, fileName, type, bytes), multipartHeaders());
    }

    private static MultiValueMap<String, Object> multipartParts(String part, String fileName, MediaType type,
                                                                byte[] bytes) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add(part, new HttpEntity<>(new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, headers));
        return parts;
    }

    private static HttpHeaders multipartHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return headers;
    }
}
