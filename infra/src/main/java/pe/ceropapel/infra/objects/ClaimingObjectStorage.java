package pe.ceropapel.infra.objects;

import java.io.InputStream;
import java.util.stream.Stream;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.ObjectSummary;
import pe.ceropapel.storage.StoredObject;

/**
 * The object storage the application uses: every upload first claims its digest (see
 * {@link ObjectClaims}), so that the collector of unreferenced objects never removes bytes that a
 * request is about to refer to, even when the store held them already.
 */
class ClaimingObjectStorage implements ObjectStorage {

    private final ObjectStorage store;
    private final ObjectClaims claims;

    ClaimingObjectStorage(ObjectStorage store, ObjectClaims claims) {
        this.store = store;
        this.claims = claims;
    }

    @Override
    public StoredObject put(InputStream content, long size, String sha256, String contentType) {
        ObjectStorage.keyFor(sha256);
        claims.claim(sha256);
        return store.put(content, size, sha256, contentType);
    }

    @Override
    public InputStream open(String objectKey, String expectedSha256) {
        return store.open(objectKey, expectedSha256);
    }

    @Override
    public boolean exists(String objectKey) {
        return store.exists(objectKey);
    }

    @Override
    public void delete(String objectKey) {
        store.delete(objectKey);
    }

    @Override
    public Stream<ObjectSummary> list() {
        return store.list();
    }

    @Override
    public boolean isAvailable() {
        return store.isAvailable();
    }
}
