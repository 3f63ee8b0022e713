package pe.ceropapel.infra.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import pe.ceropapel.infra.config.CeroPapelProperties;
import pe.ceropapel.infra.config.SignatureProperties;
import pe.ceropapel.infra.embedded.EmbeddedEnginesCondition;
import pe.ceropapel.signature.pades.SealKey;
import pe.ceropapel.signature.pades.TrustSettings;
import pe.ceropapel.storage.ObjectStorage;

/**
 * The command-line backup, {@value #BACKUP}{@code =<dir>}: the whole database (binary COPY of every
 * table, one consistent snapshot), every object an event refers to, in the embedded profile the
 * {@link InstallationFiles} of the data directory, and a {@link Manifest} naming the trust anchors and
 * seal in use. {@code main} then exits (0 or 1). The restore is {@link RestoreCommand}.
 */
@Component
public class BackupRunner implements ApplicationRunner, ExitCodeGenerator {

    public static final String BACKUP = "--backup";
    private static final Logger log = LoggerFactory.getLogger(BackupRunner.class);

    private final DatabaseCopy database;
    private final ObjectCopy objects;
    private final Clock clock;
    private final CeroPapelProperties properties;
    private final SignatureProperties signature;
    private final TrustSettings trust;
    private final SealKey seal;
    private final boolean embedded;
    private int exitCode;

    BackupRunner(DataSource dataSource, ObjectStorage storage, Clock clock, CeroPapelProperties properties,
                 SignatureProperties signature, TrustSettings trust, SealKey seal, Environment environment) {
        this.database = new DatabaseCopy(dataSource);
        this.objects = new ObjectCopy(new JdbcTemplate(dataSource), storage);
        this.clock = clock;
        this.properties = properties;
        this.signature = signature;
        this.trust = trust;
        this.seal = seal;
        this.embedded = EmbeddedEnginesCondition.isEmbedded(environment);
    }

    /** Whether the arguments ask for a backup (after which the application exits). */
    public static boolean isRequested(String[] arguments) {
        return Arrays.stream(arguments).anyMatch(a -> a.startsWith(BACKUP + "="));
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!arguments.containsOption(BACKUP.substring(2))) {
            return;
        }
        try {
            backup(Path.of(arguments.getOptionValues(BACKUP.substring(2)).get(0)));
        } catch (Exception e) {
            log.error("The backup failed", e);
            exitCode = 1;
        }
    }

    private void backup(Path directory) throws Exception {
        Manifest manifest = new Manifest();
        manifest.set("created", clock.instant());
        InstallationTrust.of(trust, seal, signature).writeTo(manifest);
        DatabaseCopy.Dump dump = database.dump(directory.resolve(DatabaseCopy.DIRECTORY));
        int copied = objects.dump(directory.resolve(Manifest.OBJECTS));
        if (embedded) {
            InstallationFiles.dump(properties.dataDir(), signature, directory.resolve(InstallationFiles.DIRECTORY));
        }
        manifest.set("tables", String.join(",", dump.rows().keySet()));
        dump.rows().forEach((table, count) -> manifest.set("rows." + table, count));
        manifest.set("events", dump.rows().get("domainevententry"));
        manifest.set("documents", dump.documents());
        manifest.set("objects", copied);
        manifest.write(directory);
        log.info("Backed up {} events, {} documents, {} tables and {} objects ({} bytes) into {}",
                manifest.get("events"), dump.documents(), dump.rows().size(), copied, manifest.get("bytes"), directory);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
