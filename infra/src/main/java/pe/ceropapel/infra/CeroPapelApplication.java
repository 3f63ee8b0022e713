package pe.ceropapel.infra;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import pe.ceropapel.infra.backup.BackupRunner;
import pe.ceropapel.infra.backup.BackupVerification;
import pe.ceropapel.infra.backup.RestoreCommand;
import pe.ceropapel.infra.config.ReadModelRebuildRunner;

/** Starts Cero Papel: with no configuration, on embedded PostgreSQL, Elasticsearch and S3 engines. */
@SpringBootApplication(scanBasePackages = "pe.ceropapel")
@ConfigurationPropertiesScan
public class CeroPapelApplication {

    static {
        // Axon's update checker reads only this system property, never Spring's configuration
        System.setProperty("axoniq.update-checker.disabled", "true");
    }

    /**
     * Serves until stopped; with {@value ReadModelRebuildRunner#OPTION}, rebuilds the read models and
     * exits; with {@code --backup=<dir>}, backs up and exits. {@code --verify-backup=<dir>} and
     * {@code --restore=<dir>} run without starting the application at all, so that nothing else runs first.
     */
    public static void main(String[] args) {
        if (BackupVerification.isRequested(args)) {
            System.exit(BackupVerification.run(args));
        }
        if (RestoreCommand.isRequested(args)) {
            System.exit(RestoreCommand.run(args));
        }
        ConfigurableApplicationContext context = SpringApplication.run(CeroPapelApplication.class, args);
        if (Arrays.asList(args).contains(ReadModelRebuildRunner.OPTION) || BackupRunner.isRequested(args)) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
