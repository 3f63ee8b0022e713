package pe.ceropapel.query.document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The extracted texts of the most recently indexed PDFs, by object key, least recently used out
 * first; bounded in entries and in characters held.
 */
final class RecentTexts {

    private static final int MAX_ENTRIES = 64;
    private static final long MAX_CHARS = 4_000_000;

    private final Map<String, Optional<String>> texts = new LinkedHashMap<>(16, 0.75f, true);
    private long chars;

    /** The text of {@code objectKey}, empty when it had none, or null when not kept. */
    synchronized Optional<String> get(String objectKey) {
        return texts.get(objectKey);
    }

    synchronized void put(String objectKey, Optional<String> text) {
        Optional<String> previous = texts.put(objectKey, text);
        chars += length(text) - length(previous);
        var eldest = texts.entrySet().iterator();
        while ((texts.size() > MAX_ENTRIES || chars > MAX_CHARS) && eldest.hasNext()) {
            chars -= length(eldest.next().getValue());
            eldest.remove();
        }
    }

    private static long length(Optional<String> text) {
        return text == null ? 0 : text.map(String::length).orElse(0);
    }
}
