package pe.ceropapel.frontend.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketsTests {

    private final TokenBuckets buckets = new TokenBuckets(3, Duration.ofMinutes(1), 100);

    @Test
    void shouldRefuseAKeyPastItsCapacityAndSayWhenToComeBack() {
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take("10.0.0.1")).isZero();
        }

        long wait = buckets.take("10.0.0.1");

        assertThat(wait).as("one token comes back every 20 s").isBetween(19L, 20L);
        assertThat(buckets.secondsUntilAvailable("10.0.0.1")).isBetween(19L, 20L);
        assertThat(buckets.take("10.0.0.2")).as("another key has its own bucket").isZero();
    }

    @Test
    void shouldCountAGivenBackTokenAsNeverTaken() {
        for (int i = 0; i < 3; i++) {
            buckets.take("mquispe");
        }

        buckets.giveBack("mquispe");

        assertThat(buckets.secondsUntilAvailable("mquispe")).isZero();
        assertThat(buckets.take("mquispe")).isZero();
        assertThat(buckets.take("mquispe")).isPositive();
    }

    @Test
    void shouldFillABucketAgainWhenItsKeyIsForgotten() {
        for (int i = 0; i < 4; i++) {
            buckets.take("2026-000123");
        }

        buckets.forget("2026-000123");

        assertThat(buckets.take("2026-000123")).isZero();
        assertThat(buckets.secondsUntilAvailable("unknown")).isZero();
    }

    @Test
    void shouldRefuseABucketWithoutTokens() {
        assertThatThrownBy(() -> new TokenBuckets(0, Duration.ofMinutes(1), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
