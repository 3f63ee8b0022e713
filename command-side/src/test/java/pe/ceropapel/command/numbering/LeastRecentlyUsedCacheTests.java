package pe.ceropapel.command.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

class LeastRecentlyUsedCacheTests {

    private final LeastRecentlyUsedCache cache = new LeastRecentlyUsedCache(2);

    @Test
    void shouldKeepAnEntryThatNothingElseReferencesThroughGarbageCollections() {
        cache.put("series", new StringBuilder("loaded"));
        WeakReference<Object> onlyHere = new WeakReference<>(cache.get("series"));

        for (int i = 0; i < 3; i++) {
            System.gc();
        }

        assertThat(onlyHere.get()).as("the entry is held strongly").isNotNull();
        assertThat(cache.<String, StringBuilder>get("series")).hasToString("loaded");
    }

    @Test
    void shouldEvictTheLeastRecentlyUsedEntryPastItsMaximum() {
        cache.put("a", 1);
        cache.put("b", 2);
        cache.get("a");

        cache.put("c", 3);

        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("b")).as("least recently used").isFalse();
        assertThat(cache.containsKey("c")).isTrue();
    }

    @Test
    void shouldTellListenersWhatHappensToEntries() {
        List<String> heard = new ArrayList<>();
        Registration registration = cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                heard.add("created " + key + "=" + value);
            }

            @Override
            public void onEntryUpdated(Object key, Object value) {
                heard.add("updated " + key + "=" + value);
            }

            @Override
            public void onEntryRead(Object key, Object value) {
                heard.add("read " + key + "=" + value);
            }

            @Override
            public void onEntryRemoved(Object key) {
                heard.add("removed " + key);
            }

            @Override
            public void onEntryExpired(Object key) {
                heard.add("expired " + key);
            }
        });

        cache.put("a", 1);
        cache.put("a", 2);
        cache.get("a");
        cache.put("b", 1);
        cache.put("c", 1);
        cache.remove("b");
        cache.remove("missing");
        registration.cancel();
        cache.put("d", 1);

        assertThat(heard).containsExactly("created a=1", "updated a=2", "read a=2", "created b=1", "expired a",
                "created c=1", "removed b");
    }

    @Test
    void shouldUpdateOrAddOnlyAsAsked() {
        assertThat(cache.putIfAbsent("a", 1)).isTrue();
        assertThat(cache.putIfAbsent("a", 2)).isFalse();
        assertThat(cache.<Integer>computeIfAbsent("a", () -> 3)).isEqualTo(1);
        assertThat(cache.<Integer>computeIfAbsent("b", () -> 4)).isEqualTo(4);
        cache.<Integer>computeIfPresent("a", value -> value + 10);
        cache.<Integer>computeIfPresent("missing", value -> value + 10);

        assertThat(cache.<String, Integer>get("a")).isEqualTo(11);
        assertThat(cache.containsKey("missing")).isFalse();

        cache.put("a", null);
        assertThat(cache.containsKey("a")).as("a null value removes the entry").isFalse();
        cache.removeAll();
        assertThat(cache.containsKey("b")).isFalse();
    }

    @Test
    void shouldRefuseACacheThatHoldsNothing() {
        assertThatThrownBy(() -> new LeastRecentlyUsedCache(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
