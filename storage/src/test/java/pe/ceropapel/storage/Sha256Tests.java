package pe.ceropapel.storage;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Sha256Tests {

    @Test
    void knowsALowercaseHexadecimalDigestFromAnythingElse() {
        String digest = Sha256.of("abc".getBytes(StandardCharsets.US_ASCII));

        assertThat(Sha256.isHex(digest)).isTrue();
        assertThat(Sha256.isHex(digest.toUpperCase())).isFalse();
        assertThat(Sha256.isHex(digest.substring(1))).isFalse();
        assertThat(Sha256.isHex(digest + "0")).isFalse();
        assertThat(Sha256.isHex(digest.substring(1) + "g")).isFalse();
        assertThat(Sha256.isHex(digest.substring(1) + "/")).isFalse();
        assertThat(Sha256.isHex(digest.substring(1) + ":")).isFalse();
        assertThat(Sha256.isHex(digest.substring(1) + "`")).isFalse();
        assertThat(Sha256.isHex(null)).isFalse();
    }
}
