package pe.ceropapel.infra.backup;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.Sha256;

/** Every stored object that an event refers to (a {@code ContentRef} or an attachment in its payload). */
public final class ReferencedObjects {

    /**
     * Each object key named in an event's payload, once: PostgreSQL parses the payloads that mention
     * one as JSON and its JSON path finds every {@code objectKey} member at any depth (a content, an
     * attachment, a receipt), whatever the order or spacing of the members.
     */
    public static final String OBJECT_KEYS = "SELECT DISTINCT reference #>> '{}' FROM domainevententry, "
            + "jsonb_path_query(convert_from(payload, 'UTF8')::jsonb, 'lax $.**.objectKey') AS reference "
            + "WHERE position('\"objectKey\"' IN convert_from(payload, 'UTF8')) > 0";

    private ReferencedObjects() {
    }

    /** Object keys by SHA-256, read from the event store. */
    public static Map<String, String> in(JdbcTemplate jdbc) {
        Map<String, String> objects = new TreeMap<>();
        jdbc.query(OBJECT_KEYS, row -> {
            String objectKey = row.getString(1);
            digestOf(objectKey).ifPresent(sha256 -> objects.put(sha256, objectKey));
        });
        return objects;
    }

    /** The SHA-256 that a content-addressed object key is made of, if it is one. */
    public static Optional<String> digestOf(String objectKey) {
        if (objectKey == null || !objectKey.startsWith(ObjectStorage.PREFIX)) {
            return Optional.empty();
        }
        String sha256 = objectKey.substring(ObjectStorage.PREFIX.length());
        return Sha256.isHex(sha256) ? Optional.of(sha256) : Optional.empty();
    }
}
