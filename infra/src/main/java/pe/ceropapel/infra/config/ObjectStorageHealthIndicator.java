package pe.ceropapel.infra.config;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;
import pe.ceropapel.storage.ObjectStorage;

/** Reports UP only while the object store answers and its bucket exists. */
@Component
class ObjectStorageHealthIndicator extends AbstractHealthIndicator {

    private final ObjectStorage storage;

    ObjectStorageHealthIndicator(ObjectStorage storage) {
        this.storage = storage;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (storage.isAvailable()) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
