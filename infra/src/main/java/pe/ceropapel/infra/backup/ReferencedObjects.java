package pe.ceropapel.infra.backup;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every stored object that an event refers to (a {@code ContentRef} or an attachment in its payload). */
public final class ReferencedObjects {

    private static final Pattern REFERENCE = Pattern.compile(
            "\"objectKey\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"sha256\"\\s*:\\s*\"([0-9a-f]{64})\"");

    private ReferencedObjects() {
    }

    /** Object keys by SHA-256, read from the event store. */
    public static Map<String, String> in(JdbcTemplate jdbc) {
        Map<String, String> objects = new TreeMap<>();
        jdbc.query("SELECT convert_from(payload, 'UTF8') FROM domainevententry "
                + "WHERE position('\"objectKey\"' IN convert_from(payload, 'UTF8')) > 0", rs -> {
            Matcher reference = REFERENCE.matcher(rs.getString(1));
            while (reference.find()) {
                objects.put(reference.group(2), reference.group(1));
            }
        });
        return objects;
    }
}
