package pe.ceropapel.infra.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import pe.ceropapel.infra.embedded.EmbeddedEnginesCondition;
import pe.ceropapel.storage.S3Endpoint;

/**
 * Production: the S3 endpoint (MinIO) comes from configuration. PostgreSQL and Elasticsearch come
 * from Spring Boot's own {@code spring.datasource.*} and {@code spring.elasticsearch.*} settings.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedEnginesCondition.Absent.class)
public class ExternalStorageConfiguration {

    @Bean
    S3Endpoint s3Endpoint(CeroPapelProperties properties) {
        CeroPapelProperties.Storage storage = properties.storage();
        if (storage.endpoint() == null || storage.accessKey() == null || storage.secretKey() == null) {
            throw new IllegalStateException("set ceropapel.storage.endpoint, access-key and secret-key "
                    + "(CEROPAPEL_STORAGE_ENDPOINT, CEROPAPEL_STORAGE_ACCESS_KEY, CEROPAPEL_STORAGE_SECRET_KEY)");
        }
        return new S3Endpoint(storage.endpoint(), storage.accessKey(), storage.secretKey(), storage.bucket());
    }
}
