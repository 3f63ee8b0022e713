package pe.ceropapel.infra.backup;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import pe.ceropapel.infra.config.CeroPapelProperties;
import pe.ceropapel.infra.config.ClockConfiguration;
import pe.ceropapel.infra.config.ExternalStorageConfiguration;
import pe.ceropapel.infra.config.PublicContentProperties;
import pe.ceropapel.infra.config.SignatureProperties;
import pe.ceropapel.infra.config.SigningConfiguration;
import pe.ceropapel.infra.embedded.EmbeddedEnginesConfiguration;
import pe.ceropapel.infra.objects.ObjectStorageConfiguration;

/**
 * The restore's own application context: the database (embedded or external, migrated by Flyway), the
 * object store and the signature settings, and nothing that writes events, schedules tasks, projects
 * or serves requests, so that nothing competes with the restore. Not a {@code @Configuration}, so that the
 * application's component scanning never picks it up.
 */
@EnableConfigurationProperties({CeroPapelProperties.class, SignatureProperties.class, PublicContentProperties.class})
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class})
@Import({ClockConfiguration.class, EmbeddedEnginesConfiguration.class, ExternalStorageConfiguration.class, ObjectStorageConfiguration.class,
        SigningConfiguration.class, Restoration.class})
class RestoreConfiguration {
}
