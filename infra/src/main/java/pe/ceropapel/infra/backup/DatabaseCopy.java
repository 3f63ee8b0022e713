package pe.ceropapel.infra.backup;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.ceropapel.api.document.DocumentRegisteredEvent;

/**
 * Copies every table of the database (the event store, tokens, sagas, deadlines and the tables that
 * commands check) to files with PostgreSQL's binary COPY, from one consistent snapshot, and back into
 * an empty database of the same schema version. Flyway's history is not copied: the target's own
 * migrations made the same schema.
 */
final class DatabaseCopy {

    static final String DIRECTORY = "db";
    static final String EXTENSION = ".copy";
    private static final String FLYWAY = "flyway_schema_history";
    private static final byte[] COPY_SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;

    DatabaseCopy(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** What a dump wrote: the tables in restore order with their rows, and how many documents they hold. */
    record Dump(Map<String, Long> rows, long documents) {
    }

    /** Writes {@code <table>.copy} files into {@code directory}, all from one snapshot. */
    Dump dump(Path directory) throws SQLException, IOException {
        Files.createDirectories(directory);
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tablesInRestoreOrder()) {
                try (OutputStream out = Files.newOutputStream(directory.resolve(table + EXTENSION))) {
                    rows.put(table, copy.copyOut("COPY " + table + " TO STDOUT (FORMAT binary)", out));
                }
            }
            long documents;
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT count(*) FROM domainevententry "
                         + "WHERE payloadtype = '" + DocumentRegisteredEvent.class.getName() + "'")) {
                result.next();
                documents = result.getLong(1);
            }
            connection.commit();
            return new Dump(rows, documents);
        }
    }

    /** Refuses a database that holds events already: a restore never mixes two installations' events. */
    void requireNoEvents() {
        Long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        if (events != null && events > 0) {
            throw new RestoreRefusedException("the database already holds " + events
                    + " events: restore only into an empty database");
        }
    }

    /** The rows in a file of PostgreSQL's binary COPY format, read tuple by tuple. */
    static long rowsIn(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!Arrays.equals(in.readNBytes(COPY_SIGNATURE.length), COPY_SIGNATURE)) {
                throw new IOException(file.getFileName() + " is not in PostgreSQL's binary COPY format");
            }
            in.readInt();
            in.skipNBytes(in.readInt());
            long rows = 0;
            for (short fields = in.readShort(); fields != -1; fields = in.readShort()) {
                for (int field = 0; field < fields; field++) {
                    int length = in.readInt();
                    if (length > 0) {
                        in.skipNBytes(length);
                    }
                }
                rows++;
            }
            return rows;
        }
    }

    /**
     * Loads the files into this database, which must hold no events yet; in one transaction. The
     * token of {@code rebuiltGroup} is not restored, so its read models are rebuilt from the events.
     */
    void restore(Path directory, List<String> tables, String rebuiltGroup) throws SQLException, IOException {
        // read before the transaction below locks the tables: the catalogue query would wait for it
        List<String> sequences = sequenceUpdates();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("LOCK TABLE domainevententry IN EXCLUSIVE MODE");
                var rs = statement.executeQuery("SELECT count(*) FROM domainevententry");
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new RestoreRefusedException("the database already holds events: restore only into an empty one");
                }
                statement.execute("TRUNCATE " + String.join(", ", tables));
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                try (InputStream in = Files.newInputStream(directory.resolve(table + EXTENSION))) {
                    copy.copyIn("COPY " + table + " FROM STDIN (FORMAT binary)", in);
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM tokenentry WHERE processorname = '" + rebuiltGroup.replace("'", "''")
                        + "'");
                // no instance of the backed-up installation holds them any more
                statement.executeUpdate("UPDATE tokenentry SET owner = NULL");
                // the restored events refer to objects that the collector of unreferenced objects may
                // have listed as unreferenced before this commit: claimed now, it keeps them
                statement.executeUpdate("UPDATE stored_object SET claimed_at = now()");
                for (String sequence : sequences) {
                    statement.execute(sequence);
                }
            }
            connection.commit();
        }
    }

    /** The tables, each after the tables its foreign keys refer to. */
    List<String> tablesInRestoreOrder() {
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> ? "
                + "ORDER BY table_name", String.class, FLYWAY);
        List<Map<String, Object>> references = jdbc.queryForList("SELECT c.conrelid::regclass::text AS child, "
                + "c.confrelid::regclass::text AS parent FROM pg_constraint c WHERE c.contype = 'f' "
                + "AND c.conrelid <> c.confrelid");
        Set<String> ordered = new LinkedHashSet<>();
        while (ordered.size() < tables.size()) {
            int before = ordered.size();
            for (String table : tables) {
                boolean parentsFirst = references.stream().filter(r -> table.equals(r.get("child")))
                        .allMatch(r -> ordered.contains((String) r.get("parent")));
                if (parentsFirst) {
                    ordered.add(table);
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("the foreign keys between tables form a cycle");
            }
        }
        return new ArrayList<>(ordered);
    }

    /** Statements that move every serial column's sequence past the restored rows. */
    private List<String> sequenceUpdates() {
        return jdbc.query("SELECT table_name, column_name FROM information_schema.columns "
                        + "WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'",
                (rs, n) -> "SELECT setval(pg_get_serial_sequence('" + rs.getString(1) + "', '" + rs.getString(2)
                        + "'), coalesce((SELECT max(" + rs.getString(2) + ") FROM " + rs.getString(1) + "), 1), "
                        + "(SELECT max(" + rs.getString(2) + ") FROM " + rs.getString(1) + ") IS NOT NULL)");
    }
}
