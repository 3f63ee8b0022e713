package pe.ceropapel.frontend.signature;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The entity's platform token, asked of a token service on this machine that answers as Firma Perú's
 * does (form-encoded credentials in, a bare JWT out): kept until shortly before its {@code exp}.
 */
class FirmaPeruTokensTests {

    private static final Instant NOW = Instant.parse("2026-12-05T15:00:00Z");

    private final List<String> forms = new ArrayList<>();
    private HttpServer server;

    @BeforeEach
    void startTokenService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/admin/api/security/generate-token", exchange -> {
            forms.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] jwt = jwt(NOW.plusSeconds(3600 * (forms.size() + 1))).getBytes(StandardCharsets.US_ASCII);
            exchange.sendResponseHeaders(200, jwt.length);
            exchange.getResponseBody().write(jwt);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopTokenService() {
        server.stop(0);
    }

    @Test
    void shouldAskWithTheEntitysCredentialsAndKeepTheTokenUntilShortlyBeforeItExpires() {
        FirmaPeruTokens at = tokens(NOW);
        String first = at.current().orElseThrow();

        assertThat(forms).containsExactly("client_id=inacal&client_secret=s%C3%A9creto%26");
        assertThat(at.current()).contains(first);
        assertThat(forms).hasSize(1);
    }

    @Test
    void shouldAskAgainWhenTheTokenIsAboutToExpire() {
        MovingClock clock = new MovingClock(NOW);
        FirmaPeruTokens tokens = new FirmaPeruTokens(settings("inacal"), clock);
        String first = tokens.current().orElseThrow();

        clock.now = NOW.plusSeconds(2 * 3600 - 60);

        assertThat(tokens.current()).isPresent().get().isNotEqualTo(first);
        assertThat(forms).hasSize(2);
    }

    @Test
    void shouldHaveNoTokenWithoutCredentials() {
        FirmaPeruTokens none = new FirmaPeruTokens(settings(""), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(none.configured()).isFalse();
        assertThat(none.current()).isEmpty();
        assertThat(forms).isEmpty();
    }

    private FirmaPeruTokens tokens(Instant now) {
        return new FirmaPeruTokens(settings("inacal"), Clock.fixed(now, ZoneOffset.UTC));
    }

    private FirmaPeruSettings settings(String clientId) {
        return new FirmaPeruSettings(clientId, "sécreto&", "http://127.0.0.1:" + server.getAddress().getPort()
                + "/admin/api/security/generate-token", "https://apps.firmaperu.gob.pe/web/clienteweb/firmaperu.min.js");
    }

    private static String jwt(Instant expires) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(("{\"exp\":" + expires.getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8))
                + ".firma";
    }

    /** A clock a test moves forward. */
    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
