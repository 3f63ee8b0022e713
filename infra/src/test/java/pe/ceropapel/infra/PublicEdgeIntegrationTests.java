package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.web.client.RestOperations;
import pe.ceropapel.signature.pdf.TestPdfs;

/**
 * The attacks on the public edge of issue 30: forged {@code X-Forwarded-For} and rotated loopback
 * addresses against the rate limits and the audit trail, guessing one tracking code's key from many
 * addresses, guessing passwords with HTTP Basic and the login form, and a cross-site {@code text/plain}
 * POST riding on a browser's remembered Basic credentials. The limits are tested on an instance of
 * their own (5 public requests a minute, 3 failed lookups per code, the default login throttling)
 * that trusts {@code 127.0.0.2} as its proxy; the test's clients connect from chosen loopback addresses.
 */
@SuppressWarnings("rawtypes")
class PublicEdgeIntegrationTests extends EmbeddedApplicationTestBase {

    private static final String PROXY = "127.0.0.2";
    private static ConfigurableApplicationContext limited;

    @Autowired
    private OtherInstances instances;
    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void startTheLimitedInstance() {
        if (limited == null) {
            limited = instances.start("--ceropapel.public.requests-per-minute=5",
                    "--ceropapel.public.failed-lookups-per-tracking-code=3",
                    "--ceropapel.http.trusted-proxies=" + PROXY + "/32");
        }
    }

    @AfterAll
    static void stopTheLimitedInstance() {
        if (limited != null) {
            limited.close();
        }
    }

    @Test
    void shouldNotLetForgedForwardedForHeadersOrRotatedLoopbackAddressesEscapeTheRateLimit() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            // an untrusted hop: its X-Forwarded-For is ignored, and all of loopback is one client
            RestOperations client = client("127.0.1." + (i + 1), "203.0.113." + (i + 1));
            statuses.add(client.getForEntity("/api/public/verification/NOEXISTE0000000" + i, Map.class)
                    .getStatusCode().value());
        }

        assertThat(statuses).contains(429);
        assertThat(statuses.subList(statuses.indexOf(429), statuses.size())).containsOnly(429);
    }

    @Test
    void shouldRecordTheConnectingAddressNotAForgedOneInTheAuditTrail() {
        String office = "INACAL/F" + System.nanoTime() % 100_000;
        ResponseEntity<Void> created = client("127.0.0.1", "203.0.113.66", "admin", "demo")
                .postForEntity("/api/offices", Map.of("code", office, "name", "Oficina de prueba"), Void.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(firstEventMetadata(office)).contains("\"address\":\"127.0.0.1\"").doesNotContain("203.0.113.66");
    }

    @Test
    void shouldHonourTheForwardedAddressOfATrustedProxyInLimitsAndAuditTrail() {
        RestOperations first = client(PROXY, "198.51.100.7");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(first.getForEntity("/api/public/verification/NOEXISTE0000000" + i, Map.class)
                    .getStatusCode().value());
        }
        assertThat(statuses).containsExactly(404, 404, 404, 404, 404, 429);
        assertThat(client(PROXY, "198.51.100.8").getForEntity("/api/public/verification/NOEXISTE00000000", Map.class)
                .getStatusCode()).as("another client behind the same proxy").isEqualTo(HttpStatus.NOT_FOUND);

        String office = "INACAL/P" + System.nanoTime() % 100_000;
        client(PROXY, "198.51.100.9", "admin", "demo")
                .postForEntity("/api/offices", Map.of("code", office, "name", "Oficina tras el proxy"), Void.class);
        assertThat(firstEventMetadata(office)).contains("\"address\":\"198.51.100.9\"");
    }

    @Test
    void shouldBoundKeyGuessesForOneTrackingCodeWhateverTheAddress() {
        Map<String, String> filed = new JsonApi(http).submitRequest("Rosa Mendoza", "Solicitud de copia certificada",
                TestPdfs.withPages("Solicitud"));
        String code = filed.get("trackingCode");
        String key = filed.get("accessKey");
        // the main instance follows the case until the read models show it; its lookups count there only
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> http.postForEntity("/api/public/case-tracking", Map.of("trackingCode", code,
                        "accessKey", key), Map.class).getStatusCode() == HttpStatus.OK);

        List<Integer> guesses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            guesses.add(track(client(PROXY, "198.51.100." + (20 + i)), code, "CLAVEMALA" + i).getStatusCode().value());
        }
        ResponseEntity<Map> rightKeyTooLate = track(client(PROXY, "198.51.100.30"), code, key);
        ResponseEntity<Map> receipt = client(PROXY, "198.51.100.31").postForEntity(
                "/api/public/case-tracking/receipt", Map.of("trackingCode", code, "accessKey", key), Map.class);

        assertThat(guesses).containsOnly(404);
        for (ResponseEntity<Map> refused : List.of(rightKeyTooLate, receipt)) {
            assertThat(refused.getStatusCode().value()).isEqualTo(429);
            assertThat(refused.getBody()).containsEntry("type", "urn:ceropapel:problem:too-many-attempts");
            assertThat(Long.parseLong(refused.getHeaders().getFirst("Retry-After"))).isPositive();
        }
        assertThat(track(client(PROXY, "198.51.100.32"), "2026999999", "CUALQUIERA").getStatusCode())
                .as("another code").isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldThrottleWrongBasicPasswordsPerUsernameAndPerAddress() {
        for (int i = 0; i < 5; i++) {
            assertThat(client(PROXY, "198.51.100.40", "mquispe", "clave" + i).getForEntity("/api/offices", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ResponseEntity<Map> locked = client(PROXY, "198.51.100.41", "mquispe", "demo")
                .getForEntity("/api/offices", Map.class);
        assertThat(locked.getStatusCode().value()).as("the right password, from elsewhere, while locked").isEqualTo(429);
        assertThat(locked.getBody()).containsEntry("type", "urn:ceropapel:problem:too-many-login-failures");
        assertThat(locked.getBody().get("detail").toString()).contains("demasiados intentos fallidos");
        assertThat(Long.parseLong(locked.getHeaders().getFirst("Retry-After"))).isPositive();

        for (int i = 0; i < 20; i++) {
            assertThat(client(PROXY, "198.51.100.42", "persona" + i, "demo").getForEntity("/api/offices", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(client(PROXY, "198.51.100.42", "jperez", "demo").getForEntity("/api/offices", String.class)
                .getStatusCode().value()).as("any username from that address").isEqualTo(429);
        assertThat(client(PROXY, "198.51.100.43", "jperez", "demo").getForEntity("/api/offices",
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldThrottleWrongPasswordsOnTheLoginForm() {
        RestOperations browser = client(PROXY, "198.51.100.50");
        for (int i = 0; i < 5; i++) {
            assertThat(login(browser, "lrojas", "clave" + i)).endsWith("/ingresar?error");
        }

        assertThat(login(browser, "lrojas", "demo")).as("the right password while locked").endsWith("/ingresar?bloqueado");
        assertThat(browser.getForEntity("/ingresar?bloqueado", String.class).getBody())
                .contains("Hubo demasiados intentos fallidos de ingreso");
        assertThat(login(client(PROXY, "198.51.100.51"), "ecastro", "demo")).doesNotContain("/ingresar");
    }

    @Test
    void shouldRefuseACrossSiteTextPlainPostRidingOnBasicCredentials() {
        new TestDirectory(http).office("INACAL/DM", "Dirección de Metrología")
                .person("jperez", "20000001", "INACAL/DM", "HEAD").person("mquispe", "20000002", "INACAL/DM")
                .head("INACAL/DM", "jperez");
        JsonApi api = new JsonApi(http);
        String id = (String) api.upload("mquispe", "INFORME", "Informe que otro sitio quiere archivar",
                "INACAL/DM", false, TestPdfs.withPages("Informe")).getBody().get("id");
        api.put("mquispe", "/api/documents/" + id + "/signature-plan",
                "{\"signers\":[{\"username\":\"jperez\",\"role\":\"SIGNATURE\"}]}");
        assertThat(api.post("jperez", "/api/documents/" + id + "/signatures", "{\"pin\":\"" + PIN + "\"}")
                .getStatusCode().is2xxSuccessful()).isTrue();

        for (String[] browserSays : List.of(new String[]{"Origin", "https://atacante.example"},
                new String[]{"Sec-Fetch-Site", "cross-site"})) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.TEXT_PLAIN);
            headers.add(browserSays[0], browserSays[1]);
            ResponseEntity<Map> refused = http.withBasicAuth("mquispe", "demo").exchange(
                    "/api/documents/" + id + "/archive", HttpMethod.POST, new HttpEntity<>("x=1", headers), Map.class);

            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).containsEntry("type", "urn:ceropapel:problem:cross-site-request");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND payloadtype LIKE '%Archived%'", Long.class, id)).isZero();

        HttpHeaders sameSite = new HttpHeaders();
        sameSite.add("Origin", http.getRootUri());
        assertThat(http.withBasicAuth("mquispe", "demo").exchange("/api/documents/" + id + "/archive",
                HttpMethod.POST, new HttpEntity<>(sameSite), Map.class).getStatusCode().is2xxSuccessful())
                .as("from our own origin, or from a program that sends no Origin").isTrue();
    }

    private static ResponseEntity<Map> track(RestOperations client, String code, String key) {
        return client.postForEntity("/api/public/case-tracking", Map.of("trackingCode", code, "accessKey", key), Map.class);
    }

    /** Signs in with the login form; answers where the answer redirects. */
    private static String login(RestOperations browser, String user, String password) {
        ResponseEntity<String> page = browser.getForEntity("/ingresar", String.class);
        Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.getBody());
        assertThat(token.find()).isTrue();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, page.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";")[0]);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        form.add("_csrf", token.group(1));
        ResponseEntity<String> answer = browser.postForEntity("/ingresar", new HttpEntity<>(form, headers), String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        return answer.getHeaders().getLocation().toString();
    }

    private String firstEventMetadata(String aggregate) {
        return jdbc.queryForObject("SELECT convert_from(metadata, 'UTF8') FROM domainevententry "
                + "WHERE aggregateidentifier = ? AND sequencenumber = 0", String.class, aggregate);
    }

    /** A client of the limited instance that connects from {@code localAddress} and sends {@code X-Forwarded-For}. */
    private static RestOperations client(String localAddress, String forwardedFor) {
        return builder(localAddress, forwardedFor).build();
    }

    /** The same, signing in with HTTP Basic. */
    private static RestOperations client(String localAddress, String forwardedFor, String user, String password) {
        return builder(localAddress, forwardedFor).basicAuthentication(user, password).build();
    }

    private static RestTemplateBuilder builder(String localAddress, String forwardedFor) {
        InetAddress local;
        try {
            local = InetAddress.getByName(localAddress);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        // no automatic retries: Apache's client would wait out every 429's Retry-After and ask again
        var httpClient = HttpClients.custom().disableRedirectHandling().disableCookieManagement()
                .disableAutomaticRetries()
                .setRoutePlanner(new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE) {
                    @Override
                    protected InetAddress determineLocalAddress(HttpHost firstHop, HttpContext context) {
                        return local;
                    }
                }).build();
        int port = ((WebServerApplicationContext) limited).getWebServer().getPort();
        return new RestTemplateBuilder().rootUri("http://127.0.0.1:" + port)
                .defaultHeader("X-Forwarded-For", forwardedFor)
                .requestFactory(() -> new HttpComponentsClientHttpRequestFactory(httpClient))
                .errorHandler(new DefaultResponseErrorHandler() {
                    @Override
                    public boolean hasError(ClientHttpResponse response) {
                        return false;
                    }
                });
    }
}
