package pe.ceropapel.frontend.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Token buckets by key (a client, a username, a tracking code), made by Bucket4j: each holds up to
 * {@code capacity} tokens and refills greedily, {@code capacity} tokens per {@code period}. A bucket
 * idle for a whole period is full again, so it is forgotten then; at most {@code maxKeys} are kept
 * (Caffeine), those seldom used going first.
 */
public final class TokenBuckets {

    private final Bandwidth limit;
    private final Cache<String, Bucket> buckets;

    public TokenBuckets(int capacity, Duration period, long maxKeys) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a bucket holds at least one token");
        }
        this.limit = Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build();
        this.buckets = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(period).build();
    }

    /** Takes a token of {@code key}'s bucket: 0 when taken, otherwise the seconds until one is there. */
    public long take(String key) {
        ConsumptionProbe probe = buckets.get(key, k -> Bucket.builder().addLimit(limit).build())
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : seconds(probe.getNanosToWaitForRefill());
    }

    /** Puts back a token taken for something that, once done, does not count. */
    public void giveBack(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    /** The seconds until {@code key}'s bucket has a token, 0 when it has one now; takes none. */
    public long secondsUntilAvailable(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket == null) {
            return 0;
        }
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return nanos == 0 ? 0 : seconds(nanos);
    }

    /** Fills {@code key}'s bucket again. */
    public void forget(String key) {
        buckets.invalidate(key);
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }
}
