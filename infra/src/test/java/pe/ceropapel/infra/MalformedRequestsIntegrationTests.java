package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import pe.ceropapel.signature.pdf.TestPdfs;

/**
 * Requests no client of ours makes get a 4xx problem, never an internal error: page cursors that
 * no page handed out, identifiers thousands of characters long, junk sent to the development TSA;
 * and the development TSA stamps only for the application itself and configured clients.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class MalformedRequestsIntegrationTests extends EmbeddedApplicationTestBase {

    private static final MediaType TIMESTAMP_QUERY = MediaType.parseMediaType("application/timestamp-query");
    private static final String LONG_ID = "a".repeat(5000);

    @Autowired
    private TestRestTemplate http;

    private JsonApi api;

    @BeforeEach
    void setUp() {
        new TestDirectory(http).office("INACAL/DM", "Dirección de Metrología").person("mquispe", "20000002", "INACAL/DM");
        api = new JsonApi(http);
    }

    /** Well-formed Base64 of JSON that is not what a page of that list hands out. */
    /** Whether a document to page through was registered: once for every case, as the context is shared. */
    private static boolean documentToPage;

    static Stream<String> forgedCursors() {
        return Stream.of("[]", "[1.5]", "[\"x\",\"y\",\"z\"]", "[1.5,1764115200000,\"d\",\"e\"]",
                "[1.5,\"ayer\",\"d\"]", "[1.5,1764115200000,{}]", "{}", "null", "[1e400,1,\"d\"]")
                .map(json -> Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8)));
    }

    static Stream<String> pagedLists() {
        return Stream.of("/api/search?q=informe&after=", "/api/search?sort=NEWEST&after=",
                "/api/inbox/TO_ATTEND?scope=PERSON&after=", "/api/inbox/SENT?scope=OFFICE&after=");
    }

    static Stream<String> listsWithForgedCursors() {
        return pagedLists().flatMap(list -> Stream.concat(forgedCursors(), Stream.of("a", "YQ", "AAAA"))
                .map(cursor -> list + cursor));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listsWithForgedCursors")
    void shouldRefuseAForgedPageCursorAs400NamingTheField(String path) {
        if (!documentToPage) {
            api.register("mquispe", "INFORME", "Informe para paginar", "INACAL/DM", false, TestPdfs.withPages("Informe"));
            documentToPage = true;
        }

        ResponseEntity<Map> response = api.as("mquispe").getForEntity(path, Map.class);

        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(400);
        assertThat(response.getBody()).containsEntry("type", "urn:ceropapel:problem:invalid-input");
        assertThat((List<Map<String, String>>) response.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("after");
    }

    static Stream<String> pathsWithALongId() {
        return Stream.of("/api/documents/" + LONG_ID, "/api/documents/" + LONG_ID + "/content",
                "/api/documents/" + LONG_ID + "/timeline", "/api/case-files/" + LONG_ID + "/timeline",
                "/api/public/verification/" + LONG_ID, "/api/audit/documents/" + LONG_ID);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathsWithALongId")
    void shouldAnswerAFiveThousandCharacterIdWith404(String path) {
        ResponseEntity<Map> response = api.as("admin").getForEntity(path, Map.class);

        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(404);
        assertThat(response.getBody()).containsEntry("type", "urn:ceropapel:problem:not-found");
    }

    @Test
    void shouldAnswerJunkSentToTheTimeStampingAuthorityWith400() {
        ResponseEntity<Map> response = http.postForEntity("/pki/tsa",
                new HttpEntity<>("no soy una solicitud".getBytes(StandardCharsets.UTF_8), timeStampQuery()), Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).containsEntry("type", "urn:ceropapel:problem:invalid-input");
    }

    @Test
    void shouldStampOnlyForTheApplicationItselfNotForAnotherHost() throws Exception {
        byte[] request = new TimeStampRequestGenerator().generate(TSPAlgorithms.SHA256, new byte[32]).getEncoded();
        InetAddress external = nonLoopbackAddress().orElseThrow(
                () -> new IllegalStateException("this machine has no address but loopback to call from"));
        TestRestTemplate fromAnotherHost = new TestRestTemplate(new RestTemplateBuilder()
                .rootUri("http://" + external.getHostAddress() + ":" + java.net.URI.create(baseUrl()).getPort()));

        ResponseEntity<byte[]> own = http.postForEntity("/pki/tsa", new HttpEntity<>(request, timeStampQuery()),
                byte[].class);
        ResponseEntity<Map> foreign = fromAnotherHost.postForEntity("/pki/tsa",
                new HttpEntity<>(request, timeStampQuery()), Map.class);

        assertThat(own.getStatusCode().value()).isEqualTo(200);
        assertThat(new TimeStampResponse(own.getBody()).getTimeStampToken()).isNotNull();
        assertThat(foreign.getStatusCode().value()).isEqualTo(403);
        assertThat(foreign.getBody()).containsEntry("type", "urn:ceropapel:problem:forbidden");
    }

    private static HttpHeaders timeStampQuery() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(TIMESTAMP_QUERY);
        return headers;
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
