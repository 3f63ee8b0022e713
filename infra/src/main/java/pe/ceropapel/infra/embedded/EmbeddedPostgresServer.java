package pe.ceropapel.infra.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server from embedded binaries on 127.0.0.1, durable (fsync and synchronous
 * commit on, unlike the binaries' defaults), keeping its cluster in a directory that survives
 * restarts. A server orphaned by a killed JVM is stopped before a new one starts on the same data.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_SHUTDOWN = Duration.ofSeconds(30);
    private static final String DATABASE = "ceropapel";
    private static final String USER = "postgres";

    private final Path directory;
    private EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(Path directory, EmbeddedPostgres postgres) {
        this.directory = directory;
        this.postgres = postgres;
    }

    public static EmbeddedPostgresServer start(Path directory, int port) throws IOException, SQLException {
        Files.createDirectories(directory.getParent());
        stopOrphan(directory);
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(directory, launch(directory, FreePort.orFree(port)));
        try {
            server.requireDurable();
            server.createDatabaseUnlessPresent();
        } catch (SQLException | RuntimeException e) {
            server.close();
            throw e;
        }
        log.info("Embedded PostgreSQL listening on 127.0.0.1:{} with data in {}", server.postgres.getPort(), directory);
        return server;
    }

    /** Stops the server (open connections are closed), keeping its data, as a crash or a restart would. */
    public synchronized void stop() throws IOException {
        postgres.close();
        log.info("Embedded PostgreSQL stopped; its data is kept");
    }

    /** Starts the server again after {@link #stop()}, on the same port with the same data. */
    public synchronized void startAgain() throws IOException {
        postgres = launch(directory, postgres.getPort());
        log.info("Embedded PostgreSQL listening again on 127.0.0.1:{}", postgres.getPort());
    }

    private static EmbeddedPostgres launch(Path directory, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("timezone", "UTC")
                .start();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    public String user() {
        return USER;
    }

    private void requireDurable() throws SQLException {
        for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
            String value = query("SHOW " + setting);
            if (!"on".equals(value)) {
                throw new IllegalStateException("embedded PostgreSQL runs with " + setting + "=" + value);
            }
        }
    }

    private void createDatabaseUnlessPresent() throws SQLException {
        if (query("SELECT count(*) FROM pg_database WHERE datname = '" + DATABASE + "'").equals("0")) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
            log.info("Created database {}", DATABASE);
        }
    }

    private String query(String sql) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    /** After {@code kill -9} of the JVM the postmaster lives on; stop it so that ours owns the data. */
    private static void stopOrphan(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = Files.readAllLines(pidFile).stream().findFirst()
                .map(String::strip)
                .filter(line -> line.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(process -> process.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle process = orphan.get();
        log.warn("Stopping orphaned PostgreSQL server {} that still holds {}", process.pid(), directory);
        process.destroy();
        try {
            process.onExit().get(ORPHAN_SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
        log.info("Embedded PostgreSQL stopped");
    }
}
