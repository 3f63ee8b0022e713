package pe.ceropapel.infra.objects;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import pe.ceropapel.storage.MinioObjectStorage;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.S3Endpoint;

/**
 * The object storage port on whichever S3 endpoint the profile provides, with every upload's claim
 * recorded ({@link ObjectCollectionConfiguration} holds the collector that relies on the claims).
 * Public, as the restore's own context stores objects through it too.
 */
@Configuration(proxyBeanMethods = false)
public class ObjectStorageConfiguration {

    @Bean
    ObjectClaims objectClaims(JdbcTemplate jdbc, TransactionTemplate transaction) {
        return new ObjectClaims(jdbc, transaction);
    }

    @Bean
    ObjectStorage objectStorage(S3Endpoint endpoint, ObjectClaims claims) {
        return new ClaimingObjectStorage(MinioObjectStorage.connect(endpoint), claims);
    }
}
