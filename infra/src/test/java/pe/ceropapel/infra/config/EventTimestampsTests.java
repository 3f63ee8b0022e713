package pe.ceropapel.infra.config;

import java.time.Instant;
import java.util.SplittableRandom;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventTimestampsTests {

    @Test
    void writesWhatAxonWritesAndReadsBack() {
        for (String instant : new String[] {"1970-01-01T00:00:00Z", "2026-11-26T11:58:00.123456789Z",
                "2024-02-29T23:59:59.999999999Z", "2026-12-31T23:59:59.001Z", "1000-01-01T00:00:00Z",
                "9999-12-31T23:59:59.999Z", "0999-12-31T23:59:59.5Z", "+10000-01-01T00:00:00Z"}) {
            assertSameAsAxon(Instant.parse(instant));
        }
        SplittableRandom random = new SplittableRandom(20261126);
        for (int i = 0; i < 100_000; i++) {
            assertSameAsAxon(Instant.ofEpochSecond(random.nextLong(-30_610_224_000L, 253_402_300_800L),
                    random.nextInt(1_000_000_000)));
        }
    }

    @Test
    void keepsMillisecondsAndDropsTheRest() {
        Instant instant = Instant.parse("2026-11-26T08:05:03.040999Z");

        String text = EventTimestamps.format(instant);

        assertThat(text).isEqualTo("2026-11-26T08:05:03.040Z");
        assertThat(DateTimeUtils.parseInstant(text)).isEqualTo(Instant.parse("2026-11-26T08:05:03.040Z"));
    }

    private static void assertSameAsAxon(Instant instant) {
        assertThat(EventTimestamps.format(instant)).as(instant.toString())
                .isEqualTo(DateTimeUtils.formatInstant(instant));
    }
}
