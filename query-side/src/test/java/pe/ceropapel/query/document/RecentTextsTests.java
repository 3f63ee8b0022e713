package pe.ceropapel.query.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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
    void shouldKeepAtMostSixtyFourTexts() {
        IntStream.range(0, 200).forEach(i -> texts.put("key" + i, Optional.of("t" + i)));

        long kept = IntStream.range(0, 200).filter(i -> texts.get("key" + i) != null).count();

        assertThat(kept).isPositive().isLessThanOrEqualTo(RecentTexts.MAX_ENTRIES);
    }

    @Test
    void shouldDropTextsWhenTheCharactersHeldExceedTheBound() {
        String large = "x".repeat(1_500_000);
        texts.put("first", Optional.of(large));
        texts.put("second", Optional.of(large));
        texts.put("third", Optional.of(large));

        long kept = Stream.of("first", "second", "third").filter(key -> texts.get(key) != null).count();

        assertThat(kept).isEqualTo(2);
    }
}
