package pe.ceropapel.frontend.signature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The entity's token for Firma Perú's platform: obtained from its token service with the entity's
 * {@code client_id} and {@code client_secret} (a bare JWT, valid about a day) and kept until shortly
 * before it expires. Without credentials (the embedded profile) there is none, and the local client
 * is our signer-agent.
 */
public class FirmaPeruTokens {

    private static final Duration MARGIN = Duration.ofMinutes(5);
    private static final Duration WITHOUT_EXPIRY = Duration.ofHours(12);

    private final FirmaPeruSettings settings;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private String token;
    private Instant renewAt = Instant.MIN;

    public FirmaPeruTokens(FirmaPeruSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether the entity uses Firma Perú's platform (its credentials are set). */
    public boolean configured() {
        return settings.clientId() != null && !settings.clientId().isBlank();
    }

    /** The current token, asked for again when it is about to expire; empty when Firma Perú is not configured. */
    public synchronized Optional<String> current() {
        if (!configured()) {
            return Optional.empty();
        }
        if (token == null || !clock.instant().isBefore(renewAt)) {
            token = generate();
            renewAt = expiry(token).orElse(clock.instant().plus(WITHOUT_EXPIRY)).minus(MARGIN);
        }
        return Optional.of(token);
    }

    private String generate() {
        String form = "client_id=" + URLEncoder.encode(settings.clientId(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(settings.clientSecret(), StandardCharsets.UTF_8);
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(settings.tokenUrl()))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200 || answer.body().isBlank()) {
                throw new IllegalStateException("Firma Perú's token service answered " + answer.statusCode());
            }
            return answer.body().strip();
        } catch (IOException e) {
            throw new IllegalStateException("Firma Perú's token service cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Firma Perú for a token", e);
        }
    }

    /** The JWT's {@code exp}, when it has one. */
    private Optional<Instant> expiry(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return Optional.empty();
        }
        try {
            JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
            return claims.hasNonNull("exp") ? Optional.of(Instant.ofEpochSecond(claims.get("exp").asLong()))
                    : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
