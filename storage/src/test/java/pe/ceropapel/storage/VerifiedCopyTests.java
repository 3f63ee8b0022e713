package pe.ceropapel.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VerifiedCopyTests {

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random(7).nextBytes(bytes);
        return bytes;
    }

    @Test
    void shouldCopyIntactBytesOfAnyLength() throws IOException {
        for (int size : new int[] {0, 1, 64 * 1024, 64 * 1024 + 1, 300_000}) {
            byte[] original = bytes(size);
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            VerifiedCopy.copy(new DigestVerifyingInputStream(new ByteArrayInputStream(original), Sha256.of(original),
                    "obj"), out);

            assertThat(out.toByteArray()).as("size %d", size).isEqualTo(original);
        }
    }

    @Test
    void shouldNeverDeliverTheWholeOfACorruptedObject() {
        for (int size : new int[] {10, 64 * 1024, 200_000}) {
            byte[] original = bytes(size);
            byte[] corrupted = original.clone();
            corrupted[size - 1] ^= 1;
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            assertThatThrownBy(() -> VerifiedCopy.copy(new DigestVerifyingInputStream(
                    new ByteArrayInputStream(corrupted), Sha256.of(original), "obj"), out))
                    .isInstanceOf(IntegrityViolationException.class);
            assertThat(out.size()).as("size %d", size).isLessThan(size);
        }
    }
}
