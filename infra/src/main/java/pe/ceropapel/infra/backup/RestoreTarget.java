package pe.ceropapel.infra.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.util.FileSystemUtils;
import pe.ceropapel.infra.embedded.EmbeddedEnginesCondition;

/**
 * Prepares the installation a backup is restored into, before any engine starts. With the embedded
 * engines its data directory must be new or empty: otherwise the restore is refused and nothing is
 * touched. The backup's {@link InstallationFiles} are then copied into it and its settings apply to
 * the restore itself (the seal and trust anchors it checks). A failed restore removes what it put there.
 */
final class RestoreTarget implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(RestoreTarget.class);

    private final Path backup;
    private Path filled;

    RestoreTarget(Path backup) {
        this.backup = backup;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (!EmbeddedEnginesCondition.isEmbedded(environment)) {
            return;
        }
        Path dataDir = Binder.get(environment).bind("ceropapel.data-dir", Path.class).orElse(Path.of("./data"))
                .toAbsolutePath().normalize();
        List<String> held = entriesOf(dataDir);
        if (!held.isEmpty()) {
            throw new RestoreRefusedException("the data directory " + dataDir + " already holds data ("
                    + String.join(", ", held) + "): restore only into a new or empty directory; nothing was changed");
        }
        filled = dataDir;
        try {
            InstallationFiles.restore(backup.resolve(InstallationFiles.DIRECTORY), dataDir);
            Path settings = dataDir.resolve(InstallationFiles.SETTINGS);
            if (Files.exists(settings)) {
                Properties properties = new Properties();
                try (InputStream in = Files.newInputStream(settings)) {
                    properties.load(in);
                }
                environment.getPropertySources().addLast(new PropertiesPropertySource("restored installation",
                        properties));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the installation's files into " + dataDir, e);
        }
        log.info("Restoring into the new data directory {}", dataDir);
    }

    /** After a failure: empties the data directory again if this restore was filling it. */
    void undo() {
        if (filled == null) {
            return;
        }
        try (Stream<Path> entries = Files.list(filled)) {
            for (Path entry : entries.toList()) {
                FileSystemUtils.deleteRecursively(entry);
            }
            log.info("Removed what the failed restore put into {}", filled);
        } catch (IOException e) {
            log.warn("Could not remove what the failed restore put into {}", filled, e);
        }
    }

    private static List<String> entriesOf(Path dataDir) {
        if (!Files.exists(dataDir)) {
            return List.of();
        }
        if (!Files.isDirectory(dataDir)) {
            return List.of("it is a file");
        }
        try (Stream<Path> entries = Files.list(dataDir)) {
            return entries.map(entry -> entry.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the data directory " + dataDir, e);
        }
    }
}
