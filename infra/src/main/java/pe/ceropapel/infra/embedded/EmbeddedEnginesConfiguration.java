package pe.ceropapel.infra.embedded;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import pe.ceropapel.infra.config.CeroPapelProperties;
import pe.ceropapel.storage.S3Endpoint;

/**
 * The default profile: real PostgreSQL, Elasticsearch and S3 engines started on 127.0.0.1 with their
 * data under {@code ceropapel.data-dir}. The rest of the application reaches them over the network
 * exactly as it reaches external engines in production. Elasticsearch is in
 * {@link EmbeddedSearchConfiguration}: a restore needs only the database and the objects.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedEnginesCondition.class)
public class EmbeddedEnginesConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(CeroPapelProperties properties) throws Exception {
        return EmbeddedPostgresServer.start(dir(properties, "postgres"), properties.embedded().postgresPort());
    }

    /** The pool's {@code spring.datasource.hikari.*} settings apply here too, as to an external database's. */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresServer postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.jdbcUrl());
        dataSource.setUsername(postgres.user());
        dataSource.setPoolName("ceropapel");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }

    @Bean(destroyMethod = "close")
    EmbeddedS3Server embeddedS3(CeroPapelProperties properties) throws Exception {
        return EmbeddedS3Server.start(dir(properties, "s3"), properties.embedded().s3Port(),
                properties.storage().bucket());
    }

    @Bean
    S3Endpoint s3Endpoint(EmbeddedS3Server s3) {
        return s3.endpoint();
    }

    static Path dir(CeroPapelProperties properties, String engine) {
        return properties.dataDir().resolve(engine).toAbsolutePath().normalize();
    }
}
