package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a browser is told to protect a person's session: security headers on every page, a session
 * cookie that scripts cannot read and other sites cannot send, and forms refused without their
 * CSRF token; the citizen's public API answers with the same headers and keeps no session.
 */
class WebSecurityIntegrationTests extends EmbeddedApplicationTestBase {

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void shouldSendSecurityHeadersAndASessionCookieThatScriptsAndOtherSitesCannotUse() {
        PageSession pages = new PageSession(http);
        ResponseEntity<String> login = pages.submit(null, "/ingresar", "username", "admin", "password", "demo");
        ResponseEntity<String> page = pages.get(pages.login("admin"), "/admin/oficinas");

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        HttpHeaders headers = page.getHeaders();
        assertThat(headers.getFirst("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'self'",
                "form-action 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(headers.getCacheControl()).contains("no-store");
        List<String> cookies = login.getHeaders().get(HttpHeaders.SET_COOKIE);
        assertThat(cookies).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().asString().contains("HttpOnly", "SameSite=Lax");
    }

    @Test
    void shouldRefuseAFormSentWithoutItsCsrfTokenChangingNothing() {
        PageSession pages = new PageSession(http);
        String session = pages.login("admin");
        long events = events();

        ResponseEntity<String> forged = pages.post(session, "/admin/oficinas", "codigo", "INACAL/FALSA",
                "nombre", "Oficina creada desde otro sitio");
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(events()).isEqualTo(events);
        assertThat(pages.post(null, "/ingresar", "username", "admin", "password", "demo").getStatusCode())
                .as("signing in without the login form's token").isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> genuine = pages.submit(session, "/admin/oficinas", "codigo", "INACAL/CSRF",
                "nombre", "Oficina creada con el formulario");
        assertThat(genuine.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(events()).isEqualTo(events + 1);
    }

    @Test
    void shouldAnswerTheCitizensPublicApiStatelesslyWithTheSecurityHeadersWhateverCredentialsCome() {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        json.setBasicAuth("admin", "not-the-password");
        ResponseEntity<String> lookup = http.exchange("/api/public/case-tracking", HttpMethod.POST,
                new HttpEntity<>("{\"trackingCode\":\"EXP-2026-000000\",\"accessKey\":\"ABCD-EFGH\"}", json),
                String.class);

        assertThat(lookup.getStatusCode()).as("not found, not 401: credentials are not looked at")
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(lookup.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(lookup.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(lookup.getHeaders().getCacheControl()).contains("no-store");
        assertThat(lookup.getHeaders().get(HttpHeaders.SET_COOKIE)).as("no session").isNull();
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    @Test
    void shouldDescribeTheApiToAnAdministratorOnly() throws Exception {
        new TestDirectory(http).office("INACAL/DM", "Dirección de Metrología").person("mquispe", "20000002", "INACAL/DM");
        PageSession pages = new PageSession(http);
        String admin = pages.login("admin");

        ResponseEntity<String> description = pages.get(admin, "/v3/api-docs");
        assertThat(description.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode api = new ObjectMapper().readTree(description.getBody());
        assertThat(api.path("openapi").asText()).startsWith("3.");
        assertThat(api.path("info").path("title").asText()).isEqualTo("Cero Papel API");
        assertThat(api.path("paths").has("/api/documents")).isTrue();
        assertThat(api.path("paths").has("/api/documents/{id}/signatures")).isTrue();
        assertThat(api.path("paths").has("/api/public/verification")).isTrue();
        assertThat(api.path("paths").fieldNames()).toIterable().allMatch(path -> path.startsWith("/api/"));
        assertThat(pages.get(admin, "/swagger-ui/index.html").getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(pages.get(pages.login("mquispe"), "/v3/api-docs").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> anonymous = http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
                .getForEntity("/v3/api-docs", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(anonymous.getHeaders().getLocation().toString()).endsWith("/ingresar");
    }
}
