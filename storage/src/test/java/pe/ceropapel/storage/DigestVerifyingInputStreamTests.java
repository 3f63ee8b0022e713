package pe.ceropapel.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DigestVerifyingInputStreamTests {

    private static final byte[] BYTES = "Informe N° 000123-2026-INACAL/DM".getBytes(StandardCharsets.UTF_8);

    private static String sha256Of(byte[] bytes) throws IOException {
        try (HashingInputStream in = new HashingInputStream(new ByteArrayInputStream(bytes))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return in.sha256();
        }
    }

    @Test
    void shouldPassIntactBytesThrough() throws IOException {
        String sha256 = sha256Of(BYTES);
        try (InputStream in = new DigestVerifyingInputStream(new ByteArrayInputStream(BYTES), sha256, "obj")) {
            assertThat(in.readAllBytes()).isEqualTo(BYTES);
        }
    }

    @Test
    void shouldFailAtTheEndWhenBytesWereAltered() throws IOException {
        String sha256 = sha256Of(BYTES);
        byte[] altered = BYTES.clone();
        altered[3] ^= 1;

        InputStream in = new DigestVerifyingInputStream(new ByteArrayInputStream(altered), sha256, "sha256/x");

        assertThatThrownBy(in::readAllBytes)
                .isInstanceOf(IntegrityViolationException.class)
                .hasMessageContaining("sha256/x");
    }

    @Test
    void shouldVerifyWhenReadByteByByte() throws IOException {
        InputStream in = new DigestVerifyingInputStream(new ByteArrayInputStream(BYTES), "0".repeat(64), "obj");
        while (true) {
            int b;
            try {
                b = in.read();
            } catch (IntegrityViolationException expected) {
                return;
            }
            assertThat(b).as("the end must not be reached without an integrity failure").isNotNegative();
        }
    }

    @Test
    void shouldRefuseToSkipBytes() {
        InputStream in = new DigestVerifyingInputStream(new ByteArrayInputStream(BYTES), "0".repeat(64), "obj");

        assertThatThrownBy(() -> in.skip(3)).isInstanceOf(IOException.class);
    }

    @Test
    void shouldKnowTheSha256OfAWellKnownInput() throws IOException {
        String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

        assertThat(sha256Of("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(abc);
        assertThat(Sha256.of("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(abc);
    }
}
