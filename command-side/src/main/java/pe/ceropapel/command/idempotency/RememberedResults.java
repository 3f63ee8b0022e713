package pe.ceropapel.command.idempotency;

import java.util.Optional;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code idempotent_command} table: per person and request key, what the command was for, the
 * fingerprint of the request that sent it and its result, serialized as Axon serializes messages.
 * Written through the command's transaction.
 */
@Component
class RememberedResults {

    /** A command done earlier for a key, for the request of that fingerprint. */
    record Remembered(String purpose, String fingerprint, Object result) {
    }

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    RememberedResults(JdbcTemplate jdbc, @Qualifier("messageSerializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /**
     * What was remembered for the key; first waits for any other transaction working on the same
     * key to end, so that of two requests sent together the second finds what the first did.
     */
    Optional<Remembered> find(String user, String key) {
        jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtextextended(? || '/' || ?, 0))", user, key);
        return jdbc.query("SELECT purpose, request_fingerprint, result_type, result_revision, result "
                        + "FROM idempotent_command WHERE username = ? AND request_key = ?",
                (rs, row) -> new Remembered(rs.getString("purpose"), rs.getString("request_fingerprint"),
                        rs.getString("result_type") == null ? null
                        : serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes("result"), byte[].class,
                        rs.getString("result_type"), rs.getString("result_revision")))),
                user, key).stream().findFirst();
    }

    /** Records the key; a concurrent request that recorded it first makes this fail on the primary key. */
    void remember(String user, String key, String purpose, String fingerprint, Object result) {
        SerializedObject<byte[]> serialized = result == null ? null : serializer.serialize(result, byte[].class);
        jdbc.update("INSERT INTO idempotent_command (username, request_key, purpose, request_fingerprint, result_type, "
                        + "result_revision, result) VALUES (?, ?, ?, ?, ?, ?, ?)", user, key, purpose, fingerprint,
                serialized == null ? null : serialized.getType().getName(),
                serialized == null ? null : serialized.getType().getRevision(),
                serialized == null ? null : serialized.getData());
    }
}
