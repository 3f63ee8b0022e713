package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application configured, as in production, with the entity's OpenID Connect provider (a minimal
 * one on 127.0.0.1): the pages sign in the person of the directory that the provider names, with
 * the directory's roles, and refuse an identity the directory does not know or has deactivated; the
 * API takes the provider's bearer tokens besides HTTP Basic. People follow the redirects as a browser
 * does, with cookies.
 */
class OidcLoginIntegrationTests {

    private static final String REFUSED = "Su cuenta de la entidad no corresponde a ninguna persona activa del "
            + "directorio de Cero Papel";

    @TempDir
    static Path dataDir;

    private static TestIdentityProvider identityProvider;
    private static ApplicationProcess application;

    @BeforeAll
    static void start() throws Exception {
        identityProvider = new TestIdentityProvider();
        String registration = "--spring.security.oauth2.client.registration.inacal.";
        Path log = Files.createDirectories(Path.of("target")).resolve("oidc-test-application.log").toAbsolutePath();
        application = ApplicationProcess.start(dataDir, ApplicationProcess.webPort(), log,
                registration + "client-id=" + TestIdentityProvider.CLIENT_ID,
                registration + "client-secret=secreto-de-prueba",
                registration + "client-name=la cuenta de INACAL",
                registration + "scope=openid,profile",
                "--spring.security.oauth2.client.provider.inacal.issuer-uri=" + identityProvider.issuer(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + identityProvider.issuer());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> apiStatus("/api/people/mquispe", basic("admin")) == 200);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (application != null) {
            application.close();
        }
        if (identityProvider != null) {
            identityProvider.close();
        }
    }

    @Test
    void shouldOfferTheEntitysIdentityProviderInsteadOfAPassword() throws Exception {
        HttpResponse<String> page = new Visitor().get("/");

        assertThat(page.uri().getPath()).isEqualTo("/ingresar");
        assertThat(page.body()).contains("Ingresar con la cuenta de INACAL", "/oauth2/authorization/inacal")
                .doesNotContain("type=\"password\"");
    }

    @Test
    void shouldSignInThePersonOfTheDirectoryThatTheProviderNames() throws Exception {
        Visitor jperez = new Visitor();
        identityProvider.signInAs("jperez");

        HttpResponse<String> inbox = jperez.signIn();

        assertThat(inbox.uri().getPath()).isEqualTo("/");
        assertThat(inbox.body()).contains("<title>Bandeja · Cero Papel</title>",
                        "<span class=\"who\">Jorge Pérez Salazar</span>")
                .doesNotContain("Administración");
        assertThat(jperez.get("/admin/oficinas").statusCode()).as("a head is no administrator").isEqualTo(403);
    }

    @Test
    void shouldGiveThePersonTheRolesOfTheDirectory() throws Exception {
        Visitor admin = new Visitor();
        identityProvider.signInAs("admin");

        assertThat(admin.signIn().body()).contains("<span class=\"who\">Administrador del Sistema</span>",
                "Administración");
        HttpResponse<String> offices = admin.get("/admin/oficinas");
        assertThat(offices.statusCode()).isEqualTo(200);
        assertThat(offices.body()).contains("Dirección de Metrología");
    }

    @Test
    void shouldRefuseAnIdentityThatNamesNobodyInTheDirectory() throws Exception {
        Visitor stranger = new Visitor();
        identityProvider.signInAs("nadie");

        HttpResponse<String> refused = stranger.signIn();

        assertThat(refused.uri().getPath()).isEqualTo("/ingresar");
        assertThat(refused.uri().getQuery()).isEqualTo("desconocido");
        assertThat(refused.body()).contains(REFUSED);
        assertThat(stranger.get("/").uri().getPath()).as("still signed out").isEqualTo("/ingresar");
    }

    @Test
    void shouldRefuseADeactivatedPerson() throws Exception {
        assertThat(apiStatus("/api/people/mquispe", "DELETE", basic("admin"))).isEqualTo(204);
        Visitor mquispe = new Visitor();
        identityProvider.signInAs("mquispe");

        HttpResponse<String> refused = mquispe.signIn();

        assertThat(refused.uri().getPath()).isEqualTo("/ingresar");
        assertThat(refused.body()).contains(REFUSED);
    }

    @Test
    void shouldTakeTheProvidersBearerTokensOnTheApiBesidesHttpBasic() throws Exception {
        assertThat(apiStatus("/api/people/jperez", bearer(identityProvider.accessToken("jperez")))).isEqualTo(200);
        assertThat(apiStatus("/api/people/jperez", basic("jperez"))).isEqualTo(200);
        assertThat(apiStatus("/api/people/jperez", bearer(identityProvider.accessTokenSignedByAnotherKey("jperez"))))
                .as("signed by a key the provider does not publish").isEqualTo(401);
        assertThat(apiStatus("/api/people/jperez", bearer(identityProvider.accessToken("nadie"))))
                .as("naming nobody in the directory").isEqualTo(401);
    }

    @Test
    void shouldAuthorizeBearerTokensWithTheRolesOfTheDirectory() throws Exception {
        assertThat(apiStatus("/actuator/metrics", bearer(identityProvider.accessToken("jperez")))).isEqualTo(403);
        assertThat(apiStatus("/actuator/metrics", bearer(identityProvider.accessToken("admin")))).isEqualTo(200);
    }

    /** A person with a browser: cookies kept, redirects followed, also to the identity provider and back. */
    private static final class Visitor {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(application.uri(path)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Opens the application, then follows the sign-in page's way to the identity provider. */
        HttpResponse<String> signIn() throws IOException, InterruptedException {
            assertThat(get("/").uri().getPath()).isEqualTo("/ingresar");
            return get("/oauth2/authorization/inacal");
        }
    }

    private static int apiStatus(String path, String authorization) throws IOException, InterruptedException {
        return apiStatus(path, "GET", authorization);
    }

    private static int apiStatus(String path, String method, String authorization)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(application.uri(path))
                .header("Authorization", authorization)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
