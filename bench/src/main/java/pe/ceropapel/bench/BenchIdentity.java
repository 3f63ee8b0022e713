package pe.ceropapel.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * The identity provider's part in a run: API clients in production send a bearer token of the
 * entity's identity provider, which the application checks with the provider's public key. The key
 * pair is made for each run; the application is started with its public key.
 */
final class BenchIdentity {

    /** Who uploads in the benchmarks: a clerk of INACAL/DM in the sample directory. */
    static final String UPLOADER = "mquispe";

    private static final Duration VALIDITY = Duration.ofHours(12);

    private final KeyPair keys;
    private final Path publicKey;

    BenchIdentity(Path directory) throws IOException, NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        this.keys = generator.generateKeyPair();
        this.publicKey = directory.resolve("identity-provider.pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
    }

    /** The application's setting that makes it accept this provider's tokens. */
    String applicationArgument() {
        return "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey.toAbsolutePath();
    }

    /** The {@code Authorization} header of a person of the sample directory. */
    String authorization(String username) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(username).claim("preferred_username", username)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(VALIDITY))).build();
        SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            token.sign(new RSASSASigner(keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the benchmark's token", e);
        }
        return "Bearer " + token.serialize();
    }
}
