package pe.ceropapel.infra;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import pe.ceropapel.infra.backup.BackupRunner;
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
     * exits; with {@code --backup=<dir>} or {@code --restore=<dir>}, backs up or restores and exits.
     */
    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(CeroPapelApplication.class, args);
        if (Arrays.asList(args).contains(ReadModelRebuildRunner.OPTION) || BackupRunner.isRequested(args)) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
