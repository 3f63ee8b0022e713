package pe.ceropapel.command.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.stream.IntStream;
import javax.cache.CacheManager;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NumberingCacheConfigurationTests {

    private final NumberingCacheConfiguration configuration = new NumberingCacheConfiguration();
    private final CacheManager manager = configuration.numberingCacheManager();
    private final Cache cache = configuration.numberingSeriesCache(manager);

    @AfterEach
    void close() {
        manager.close();
    }

    @Test
    void shouldKeepASeriesThatNothingElseReferencesThroughGarbageCollections() {
        cache.put("series", new StringBuilder("loaded"));
        WeakReference<Object> onlyHere = new WeakReference<>(cache.get("series"));

        for (int i = 0; i < 3; i++) {
            System.gc();
        }

        assertThat(onlyHere.get()).as("the entry is held strongly").isNotNull();
        assertThat(cache.<String, StringBuilder>get("series")).as("held by reference, not a copy")
                .isSameAs(onlyHere.get());
    }

    @Test
    void shouldForgetSeriesPastItsMaximum() {
        int more = 500;
        IntStream.range(0, NumberingCacheConfiguration.MAX_SERIES + more).forEach(i -> cache.put("series" + i, i));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(IntStream
                .range(0, NumberingCacheConfiguration.MAX_SERIES + more)
                .filter(i -> cache.containsKey("series" + i)).count())
                .isLessThanOrEqualTo(NumberingCacheConfiguration.MAX_SERIES));
    }

    @Test
    void shouldRemoveAnEntryWhenAskedTo() {
        cache.put("series", 1);

        assertThat(cache.remove("series")).isTrue();
        assertThat(cache.containsKey("series")).isFalse();
    }
}
