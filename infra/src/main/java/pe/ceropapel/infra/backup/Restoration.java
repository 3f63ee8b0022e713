package pe.ceropapel.infra.backup;

import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.ceropapel.infra.config.SignatureProperties;
import pe.ceropapel.query.readmodel.ReadModels;
import pe.ceropapel.signature.pades.SealKey;
import pe.ceropapel.signature.pades.TrustSettings;
import pe.ceropapel.storage.ObjectStorage;

/**
 * Loads a verified backup into the installation of the restore's context: first it refuses a target
 * that would not trust the backed-up trust anchors and seal, or whose database holds events; then it
 * stores the objects and loads every table in one transaction. The read models' token is left out,
 * so the next start rebuilds the Elasticsearch indices from the events.
 */
class Restoration implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Restoration.class);

    private final DatabaseCopy database;
    private final ObjectCopy objects;
    private final InstallationTrust trust;

    Restoration(DataSource dataSource, ObjectStorage storage, TrustSettings trust, SealKey seal,
                SignatureProperties signature) {
        this.database = new DatabaseCopy(dataSource);
        this.objects = new ObjectCopy(new JdbcTemplate(dataSource), storage);
        this.trust = InstallationTrust.of(trust, seal, signature);
    }

    @Override
    public void run(ApplicationArguments arguments) throws Exception {
        Path backup = Path.of(arguments.getOptionValues(RestoreCommand.OPTION.substring(2)).get(0));
        Manifest manifest = Manifest.read(backup);
        List<String> lacking = trust.lacking(InstallationTrust.readFrom(manifest));
        if (!lacking.isEmpty()) {
            throw new RestoreRefusedException("this installation would not trust the backed-up signatures: "
                    + String.join("; ", lacking) + ". Configure ceropapel.signature.trust-anchors (and the seal) as "
                    + "the backed-up installation had them; nothing was changed");
        }
        database.requireNoEvents();
        int stored = objects.restore(backup.resolve(Manifest.OBJECTS));
        database.restore(backup.resolve(DatabaseCopy.DIRECTORY), List.of(manifest.get("tables").split(",")),
                ReadModels.PROCESSING_GROUP);
        log.info("Restored {} events, {} documents and {} objects from the backup of {}; the read models are "
                + "rebuilt at the next start", manifest.get("events"), manifest.get("documents"), stored,
                manifest.get("created"));
    }
}
