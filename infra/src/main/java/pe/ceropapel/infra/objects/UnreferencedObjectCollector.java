package pe.ceropapel.infra.objects;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.ObjectSummary;
import pe.ceropapel.infra.backup.ReferencedObjects;

/**
 * Removes stored objects that no event refers to once nobody has claimed them for the grace period:
 * what refused uploads, refused commands and abandoned signing attempts left behind. Uploads never
 * remove anything themselves (another request may refer to the same bytes); this is the only place
 * that does, one object at a time under the lock of its claim (see {@link ObjectClaims}), so it is
 * safe while uploads go on and while another instance collects too.
 */
public class UnreferencedObjectCollector {

    private static final Logger log = LoggerFactory.getLogger(UnreferencedObjectCollector.class);

    /** What one collection did. */
    public record Collection(int examined, int referenced, int removed, long bytesRemoved) {
    }

    private final ObjectStorage storage;
    private final ObjectClaims claims;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Duration grace;
    private final Counter removedObjects;
    private final Counter removedBytes;

    UnreferencedObjectCollector(ObjectStorage storage, ObjectClaims claims, JdbcTemplate jdbc,
                                TransactionTemplate transaction, Duration grace, MeterRegistry meters) {
        this.storage = storage;
        this.claims = claims;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.grace = grace;
        this.removedObjects = Counter.builder("ceropapel.objects.collected")
                .description("Stored objects removed because no event referred to them after the grace period")
                .register(meters);
        this.removedBytes = Counter.builder("ceropapel.objects.collected.bytes")
                .description("Bytes of the stored objects removed as unreferenced")
                .baseUnit("bytes")
                .register(meters);
    }

    /**
     * Reads every reference from the event store, then goes through the store's listing. An object
     * that an event starts to refer to after the references were read was claimed by its upload
     * within the grace period (uploads take far less), and that claim keeps it.
     */
    public Collection collect() {
        ReferencedDigests references = ReferencedDigests.in(jdbc, transaction);
        int examined = 0;
        int referenced = 0;
        int removed = 0;
        long bytes = 0;
        try (Stream<ObjectSummary> objects = storage.list()) {
            for (ObjectSummary object : (Iterable<ObjectSummary>) objects::iterator) {
                Optional<String> digest = ReferencedObjects.digestOf(object.objectKey());
                if (digest.isEmpty()) {
                    continue;
                }
                String sha256 = digest.get();
                examined++;
                if (references.contains(sha256)) {
                    referenced++;
                } else if (claims.removeIfUnclaimedFor(sha256, object.lastModified(), grace,
                        () -> storage.delete(object.objectKey()))) {
                    removed++;
                    bytes += object.size();
                    removedObjects.increment();
                    removedBytes.increment(object.size());
                    log.info("Removed {} ({} bytes): no event refers to it and nobody claimed it for {}",
                            object.objectKey(), object.size(), grace);
                }
            }
        }
        Collection collection = new Collection(examined, referenced, removed, bytes);
        log.info("Collected unreferenced objects: {} examined, {} referenced by events, {} removed ({} bytes)",
                examined, referenced, removed, bytes);
        return collection;
    }
}
