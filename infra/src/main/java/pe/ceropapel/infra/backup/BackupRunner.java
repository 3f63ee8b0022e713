package pe.ceropapel.infra.backup;

import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import pe.ceropapel.query.readmodel.ReadModels;
import pe.ceropapel.storage.ObjectStorage;

/**
 * The command-line backup and restore. {@value #BACKUP}{@code =<dir>}: the whole database (binary COPY
 * of every table, one consistent snapshot) and every object an event refers to, with a manifest.
 * {@value #RESTORE}{@code =<dir>}, on an installation whose database holds no events yet: the objects
 * first, then the tables in one transaction; the read models' token is left out, so the next start
 * rebuilds the Elasticsearch indices from the events. Either way {@code main} then exits (0 or 1).
 */
@Component
public class BackupRunner implements ApplicationRunner, ExitCodeGenerator {

    public static final String BACKUP = "--backup";
    public static final String RESTORE = "--restore";
    private static final Logger log = LoggerFactory.getLogger(BackupRunner.class);

    private final DatabaseCopy database;
    private final ObjectCopy objects;
    private final EventProcessingConfiguration processing;
    private final Clock clock;
    private int exitCode;

    BackupRunner(DataSource dataSource, ObjectStorage storage, EventProcessingConfiguration processing, Clock clock) {
        this.database = new DatabaseCopy(dataSource);
        this.objects = new ObjectCopy(new JdbcTemplate(dataSource), storage);
        this.processing = processing;
        this.clock = clock;
    }

    /** Whether the arguments ask for a backup or a restore (after which the application exits). */
    public static boolean isRequested(String[] arguments) {
        return Arrays.stream(arguments).anyMatch(a -> a.startsWith(BACKUP + "=") || a.startsWith(RESTORE + "="));
    }

    @Override
    public void run(ApplicationArguments arguments) {
        try {
            if (arguments.containsOption(BACKUP.substring(2))) {
                backup(Path.of(arguments.getOptionValues(BACKUP.substring(2)).get(0)));
            } else if (arguments.containsOption(RESTORE.substring(2))) {
                restore(Path.of(arguments.getOptionValues(RESTORE.substring(2)).get(0)));
            }
        } catch (Exception e) {
            log.error("The backup or restore failed", e);
            exitCode = 1;
        }
    }

    private void backup(Path directory) throws Exception {
        Map<String, Long> rows = database.dump(directory.resolve("db"));
        int copied = objects.dump(directory.resolve("objects"));
        Properties manifest = new Properties();
        manifest.setProperty("created", clock.instant().toString());
        manifest.setProperty("tables", String.join(",", rows.keySet()));
        rows.forEach((table, count) -> manifest.setProperty("rows." + table, count.toString()));
        manifest.setProperty("objects", Integer.toString(copied));
        try (OutputStream out = Files.newOutputStream(directory.resolve("manifest.properties"))) {
            manifest.store(out, "Cero Papel backup");
        }
        log.info("Backed up {} events, {} tables and {} objects into {}", rows.get("domainevententry"), rows.size(),
                copied, directory);
    }

    private void restore(Path directory) throws Exception {
        Properties manifest = new Properties();
        try (Reader in = Files.newBufferedReader(directory.resolve("manifest.properties"), StandardCharsets.ISO_8859_1)) {
            manifest.load(in);
        }
        processing.eventProcessors().values().forEach(EventProcessor::shutDown);
        int stored = objects.restore(directory.resolve("objects"));
        List<String> tables = List.of(manifest.getProperty("tables").split(","));
        database.restore(directory.resolve("db"), tables, ReadModels.PROCESSING_GROUP);
        log.info("Restored {} events and {} objects from the backup of {}; the read models are rebuilt at the next start",
                manifest.getProperty("rows.domainevententry"), stored, manifest.getProperty("created"));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
