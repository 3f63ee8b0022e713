package pe.ceropapel.command.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessKeysTests {

    @Test
    void shouldUseOnlyUnambiguousCharacters() {
        for (int i = 0; i < 1000; i++) {
            assertThat(AccessKeys.generate()).hasSize(AccessKeys.LENGTH).matches("[A-HJKMNP-Z2-9]+");
        }
    }

    @Test
    void shouldNotRepeatKeys() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            keys.add(AccessKeys.generate());
        }
        assertThat(keys).hasSize(10_000);
    }

    @Test
    void shouldKeepOnlyADigest() {
        assertThat(AccessKeys.sha256("ABCDEFGH23")).hasSize(64).doesNotContain("ABCDEFGH23")
                .isEqualTo(AccessKeys.sha256("ABCDEFGH23"));
    }
}
