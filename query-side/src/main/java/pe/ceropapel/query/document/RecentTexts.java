package pe.ceropapel.query.document;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;

/**
 * The extracted texts of recently indexed PDFs, by object key: a Caffeine cache weighed by the
 * characters held. Each entry weighs at least a 64th of the bound, so at most 64 are kept.
 */
final class RecentTexts {

    static final int MAX_ENTRIES = 64;
    static final long MAX_CHARS = 4_000_000;
    private static final int LEAST_WEIGHT = (int) (MAX_CHARS / MAX_ENTRIES);

    private final Cache<String, Optional<String>> texts = Caffeine.newBuilder()
            .maximumWeight(MAX_CHARS)
            .weigher((String key, Optional<String> text) -> Math.max(LEAST_WEIGHT, text.map(String::length).orElse(0)))
            .executor(Runnable::run)
            .build();

    /** The text of {@code objectKey}, empty when it had none, or null when not kept. */
    Optional<String> get(String objectKey) {
        return texts.getIfPresent(objectKey);
    }

    void put(String objectKey, Optional<String> text) {
        texts.put(objectKey, text);
    }
}
