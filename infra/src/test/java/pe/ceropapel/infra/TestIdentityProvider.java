package pe.ceropapel.infra;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A minimal OpenID Connect provider on 127.0.0.1, as an entity's Keycloak or Azure AD plays it for
 * the application: discovery, its signing key (RS256, generated here), an authorization endpoint
 * that signs in whoever {@link #signInAs} chose without asking, and a token endpoint that returns
 * an ID token naming them in {@code preferred_username}.
 */
final class TestIdentityProvider implements AutoCloseable {

    static final String CLIENT_ID = "ceropapel";

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private volatile String nextUsername;

    private record Grant(String username, String clientId, String nonce) {
    }

    TestIdentityProvider() throws IOException, JOSEException {
        this.key = newKey();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/.well-known/openid-configuration", exchange -> json(exchange, discovery()));
        server.createContext("/jwks", exchange -> json(exchange, new JWKSet(key).toPublicJWKSet().toJSONObject()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Whom the next authorization request signs in: the value of their {@code preferred_username} claim. */
    void signInAs(String username) {
        this.nextUsername = username;
    }

    /** An access token for the API, naming the person in {@code preferred_username}. */
    String accessToken(String username) throws JOSEException {
        return sign(key, claims(username).build());
    }

    /** A token like {@link #accessToken} but signed with a key that this provider does not publish. */
    String accessTokenSignedByAnotherKey(String username) throws JOSEException {
        return sign(newKey(), claims(username).build());
    }

    private Map<String, Object> discovery() {
        return Map.of("issuer", issuer(),
                "authorization_endpoint", issuer() + "/authorize",
                "token_endpoint", issuer() + "/token",
                "jwks_uri", issuer() + "/jwks",
                "scopes_supported", List.of("openid", "profile"),
                "response_types_supported", List.of("code"),
                "subject_types_supported", List.of("public"),
                "id_token_signing_alg_values_supported", List.of("RS256"),
                "token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> request = parameters(exchange.getRequestURI().getRawQuery());
        String code = UUID.randomUUID().toString();
        grants.put(code, new Grant(nextUsername, request.get("client_id"), request.get("nonce")));
        String redirect = request.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(request.get("state"), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Location", redirect);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> request = parameters(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = grants.remove(request.get("code"));
        if (grant == null || !"authorization_code".equals(request.get("grant_type"))) {
            json(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        try {
            String idToken = sign(key, claims(grant.username())
                    .audience(grant.clientId())
                    .claim("nonce", grant.nonce())
                    .build());
            json(exchange, Map.of("access_token", accessToken(grant.username()), "token_type", "Bearer",
                    "expires_in", 300, "scope", "openid profile", "id_token", idToken));
        } catch (JOSEException e) {
            json(exchange, 500, Map.of("error", "server_error"));
        }
    }

    private JWTClaimsSet.Builder claims(String username) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject("subject-" + username)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(5, ChronoUnit.MINUTES)))
                .claim("preferred_username", username);
    }

    private static String sign(RSAKey signingKey, JWTClaimsSet claims) throws JOSEException {
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
                claims);
        token.sign(new RSASSASigner(signingKey));
        return token.serialize();
    }

    private static RSAKey newKey() throws JOSEException {
        return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    }

    private static Map<String, String> parameters(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return Map.of();
        }
        return Arrays.stream(encoded.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> decode(pair[0]), pair -> pair.length > 1 ? decode(pair[1]) : "",
                        (first, second) -> first));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static void json(HttpExchange exchange, Map<String, ?> body) throws IOException {
        json(exchange, 200, body);
    }

    private static void json(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = JSONObjectUtils.toJSONString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
