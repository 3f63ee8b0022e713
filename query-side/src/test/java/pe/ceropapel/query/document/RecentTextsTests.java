package pe.ceropapel.query.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecentTextsTests {

    private final RecentTexts texts = new RecentTexts();

    @Test
    void shouldTellAKnownTextAKnownAbsenceAndAnUnknownKeyApart() {
        texts.put("sha256/aa", Optional.of("texto"));
        texts.put("sha256/bb", Optional.empty());

        assertThat(texts.get("sha256/aa")).contains("texto");
        assertThat(texts.get("sha256/bb")).isEmpty();
        assertThat(texts.get("sha256/cc")).isNull();
    }

    @Test
    void shouldDropTheLeastRecentlyUsedBeyondSixtyFourEntries() {
        for (int i = 0; i < 64; i++) {
            texts.put("key" + i, Optional.of("t" + i));
        }
        texts.get("key0");
        texts.put("key64", Optional.of("t64"));

        assertThat(texts.get("key0")).contains("t0");
        assertThat(texts.get("key1")).isNull();
        assertThat(texts.get("key64")).contains("t64");
    }

    @Test
    void shouldDropOldTextsWhenTheCharactersHeldExceedTheBound() {
        String large = "x".repeat(1_500_000);
        texts.put("first", Optional.of(large));
        texts.put("second", Optional.of(large));
        texts.put("third", Optional.of(large));

        assertThat(texts.get("first")).isNull();
        assertThat(texts.get("second")).contains(large);
        assertThat(texts.get("third")).contains(large);
    }
}
