package pe.ceropapel.infra;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Cero Papel: with no configuration, on embedded PostgreSQL, Elasticsearch and S3 engines. */
@SpringBootApplication(scanBasePackages = "pe.ceropapel")
@ConfigurationPropertiesScan
public class CeroPapelApplication {

    static {
        // Axon's update checker reads only this system property, never Spring's configuration
        System.setProperty("axoniq.update-checker.disabled", "true");
    }

    public static void main(String[] args) {
        SpringApplication.run(CeroPapelApplication.class, args);
    }
}
