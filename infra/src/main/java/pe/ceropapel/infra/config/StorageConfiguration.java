package pe.ceropapel.infra.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pe.ceropapel.storage.MinioObjectStorage;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.S3Endpoint;

/** The object storage port, on whichever S3 endpoint the profile provides. */
@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {

    @Bean
    ObjectStorage objectStorage(S3Endpoint endpoint) {
        return MinioObjectStorage.connect(endpoint);
    }
}
