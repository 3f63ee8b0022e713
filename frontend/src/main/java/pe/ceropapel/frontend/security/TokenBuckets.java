package pe.ceropapel.frontend.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * Token buckets by key (a client, a username, a tracking code): each holds up to {@code capacity}
 * tokens and refills evenly, {@code capacity} tokens per {@code period}. A bucket idle for a whole
 * period is full again, so it is forgotten then; at most {@code maxKeys} are kept, the least
 * recently used going first.
 */
public final class TokenBuckets {

    private final int capacity;
    private final double nanosPerToken;
    private final Cache<String, Bucket> buckets;

    public TokenBuckets(int capacity, Duration period, long maxKeys) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a bucket holds at least one token");
        }
        this.capacity = capacity;
        this.nanosPerToken = (double) period.toNanos() / capacity;
        this.buckets = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(period).build();
    }

    /** Takes a token of {@code key}'s bucket: 0 when taken, otherwise the seconds until one is there. */
    public long take(String key) {
        return buckets.get(key, k -> new Bucket()).take(System.nanoTime());
    }

    /** Puts back a token taken for something that, once done, does not count. */
    public void giveBack(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket != null) {
            bucket.giveBack();
        }
    }

    /** The seconds until {@code key}'s bucket has a token, 0 when it has one now; takes none. */
    public long secondsUntilAvailable(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        return bucket == null ? 0 : bucket.secondsUntilAvailable(System.nanoTime());
    }

    /** Fills {@code key}'s bucket again. */
    public void forget(String key) {
        buckets.invalidate(key);
    }

    private final class Bucket {

        private double tokens = capacity;
        private long updated = System.nanoTime();

        synchronized long take(long now) {
            refill(now);
            if (tokens < 1) {
                return seconds(1 - tokens);
            }
            tokens--;
            return 0;
        }

        synchronized void giveBack() {
            tokens = Math.min(capacity, tokens + 1);
        }

        synchronized long secondsUntilAvailable(long now) {
            refill(now);
            return tokens < 1 ? seconds(1 - tokens) : 0;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) / nanosPerToken);
            updated = now;
        }

        private long seconds(double missingTokens) {
            return Math.max(1, (long) Math.ceil(missingTokens * nanosPerToken / 1_000_000_000d));
        }
    }
}
