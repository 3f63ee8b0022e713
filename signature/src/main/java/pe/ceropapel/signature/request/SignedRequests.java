package pe.ceropapel.signature.request;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import pe.ceropapel.signature.pades.SealKey;
import pe.ceropapel.signature.pades.SigningKey;

/**
 * Requests between entities are signed with the sending entity's seal: three headers name the
 * entity (its RUC), the time, and a signature over the method, path, entity, time and the SHA-256 of
 * the body. The receiver checks it with the seal certificate it registered for that entity and
 * refuses a time further than {@link #MAX_SKEW} from its own.
 */
public final class SignedRequests {

    public static final String ENTITY = "CeroPapel-Entity";
    public static final String DATE = "CeroPapel-Date";
    public static final String SIGNATURE = "CeroPapel-Signature";
    public static final Duration MAX_SKEW = Duration.ofMinutes(5);

    private SignedRequests() {
    }

    /** The text that is signed. */
    public static String canonical(String method, String path, String entity, String date, byte[] body) {
        return String.join("\n", method.toUpperCase(), path, entity, date, sha256(body));
    }

    /** The three headers that sign this request with the seal. */
    public static Map<String, String> sign(SealKey seal, String entityRuc, String method, String path, byte[] body,
                                           Instant now) {
        String date = now.toString();
        byte[] text = canonical(method, path, entityRuc, date, body).getBytes(StandardCharsets.UTF_8);
        try (SigningKey key = seal.open()) {
            return Map.of(ENTITY, entityRuc, DATE, date, SIGNATURE, Base64.getEncoder().encodeToString(key.sign(text)));
        }
    }

    /** Whether {@code signature} (base64) signs {@code canonical} with the key of {@code certificate}. */
    public static boolean verify(X509Certificate certificate, String canonical, String signature) {
        try {
            String algorithm = "EC".equals(certificate.getPublicKey().getAlgorithm()) ? "SHA256withECDSA"
                    : "SHA256with" + certificate.getPublicKey().getAlgorithm();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(canonical.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether {@code date} is an instant within {@link #MAX_SKEW} of {@code now}. */
    public static boolean isFresh(String date, Instant now) {
        try {
            return Duration.between(Instant.parse(date), now).abs().compareTo(MAX_SKEW) <= 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Reads a PEM (or DER) certificate. */
    public static X509Certificate certificate(String pem) throws CertificateException {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.strip().getBytes(StandardCharsets.US_ASCII)));
    }

    /** The certificate in PEM. */
    public static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
