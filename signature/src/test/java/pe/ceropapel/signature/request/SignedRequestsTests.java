package pe.ceropapel.signature.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.ceropapel.signature.pades.SealKey;
import pe.ceropapel.signature.pades.SigningKey;
import pe.ceropapel.signature.pades.SigningKeys;
import pe.ceropapel.signature.pki.DevelopmentPki;

class SignedRequestsTests {

    private static final char[] PIN = "123456".toCharArray();
    private static final byte[] BODY = "{\"tramite\":{}}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;

    @Test
    void shouldVerifyWhatTheSealSignedAndNothingElse() throws Exception {
        DevelopmentPki pki = DevelopmentPki.openOrCreate(directory, "http://127.0.0.1:1", "Entidad de Prueba", "20999999991");
        SealKey seal = seal(pki);
        X509Certificate certificate;
        try (SigningKey key = seal.open()) {
            certificate = key.chain().get(0);
        }
        Instant now = Instant.parse("2026-11-26T15:00:00Z");

        Map<String, String> headers = SignedRequests.sign(seal, "20999999991", "POST", "/api/interop/tramites", BODY, now);
        String signed = SignedRequests.canonical("POST", "/api/interop/tramites", "20999999991",
                headers.get(SignedRequests.DATE), BODY);

        assertThat(headers).containsEntry(SignedRequests.ENTITY, "20999999991")
                .containsEntry(SignedRequests.DATE, "2026-11-26T15:00:00Z");
        X509Certificate fromPem = SignedRequests.certificate(SignedRequests.pem(certificate));
        assertThat(fromPem).isEqualTo(certificate);
        assertThat(SignedRequests.verify(fromPem, signed, headers.get(SignedRequests.SIGNATURE))).isTrue();
        assertThat(SignedRequests.verify(certificate, SignedRequests.canonical("POST", "/api/interop/cargos",
                "20999999991", headers.get(SignedRequests.DATE), BODY), headers.get(SignedRequests.SIGNATURE))).isFalse();
        assertThat(SignedRequests.verify(certificate, SignedRequests.canonical("POST", "/api/interop/tramites",
                "20999999991", headers.get(SignedRequests.DATE), "{}".getBytes(StandardCharsets.UTF_8)),
                headers.get(SignedRequests.SIGNATURE))).isFalse();
        assertThat(SignedRequests.verify(certificate, signed, "bm90IGEgc2lnbmF0dXJl")).isFalse();
        assertThat(SignedRequests.verify(certificate, signed, "%%%")).isFalse();
    }

    @Test
    void shouldAcceptOnlyARecentDate() {
        Instant now = Instant.parse("2026-11-26T15:00:00Z");

        assertThat(SignedRequests.isFresh("2026-11-26T14:56:00Z", now)).isTrue();
        assertThat(SignedRequests.isFresh("2026-11-26T15:04:59Z", now)).isTrue();
        assertThat(SignedRequests.isFresh("2026-11-26T14:54:59Z", now)).isFalse();
        assertThat(SignedRequests.isFresh("ayer", now)).isFalse();
    }

    private static SealKey seal(DevelopmentPki pki) {
        return new SealKey() {
            @Override
            public SigningKey open() {
                return SigningKeys.pkcs12(pki.sealKeyStore(PIN), PIN);
            }

            @Override
            public String holder() {
                return "Entidad de Prueba";
            }
        };
    }
}
