package pe.ceropapel.storage;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.Item;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link ObjectStorage} on any S3-compatible server (MinIO in production) through the MinIO client. */
public final class MinioObjectStorage implements ObjectStorage {

    private static final Logger log = LoggerFactory.getLogger(MinioObjectStorage.class);
    private static final Set<String> MISSING = Set.of("NoSuchKey", "NoSuchObject", "NoSuchBucket");
    private static final Set<String> MISSING_OBJECT = Set.of("NoSuchKey", "NoSuchObject");
    /**
     * Objects up to this size go in one request; larger ones in parts of this size, well under any
     * single-request limit of the server. The client holds one part in memory while it signs it.
     */
    public static final long PART_SIZE = 16L * 1024 * 1024;

    private final MinioClient client;
    private final String bucket;

    private MinioObjectStorage(MinioClient client, String bucket) {
        this.client = client;
        this.bucket = bucket;
    }

    /** Connects to the endpoint and creates the bucket when it does not exist yet. */
    public static MinioObjectStorage connect(S3Endpoint endpoint) {
        OkHttpClient http = new OkHttpClient.Builder()
                .socketFactory(new NoDelaySocketFactory())
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofMinutes(5))
                .writeTimeout(Duration.ofMinutes(5))
                .build();
        MinioClient client = MinioClient.builder()
                .endpoint(endpoint.url())
                .credentials(endpoint.accessKey(), endpoint.secretKey())
                .httpClient(http)
                .build();
        MinioObjectStorage storage = new MinioObjectStorage(client, endpoint.bucket());
        storage.ensureBucket();
        return storage;
    }

    private void ensureBucket() {
        call("create bucket " + bucket, () -> {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                log.info("Created bucket {}", bucket);
            }
            return null;
        });
    }

    @Override
    public StoredObject put(InputStream content, long size, String sha256, String contentType) {
        String key = ObjectStorage.keyFor(sha256);
        if (exists(key)) {
            return new StoredObject(key, sha256, size, false);
        }
        AnnouncedDigestInputStream verified = new AnnouncedDigestInputStream(content, size, sha256);
        try {
            verified.checkIfEmpty();
            client.putObject(PutObjectArgs.builder()
                    .bucket(bucket)
                    .object(key)
                    .stream(verified, size, PART_SIZE)
                    .contentType(contentType)
                    .build());
        } catch (IntegrityViolationException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            if (verified.mismatch()) {
                throw new UncheckedIOException(new IntegrityViolationException(
                        "upload of " + key + " refused before it was stored: " + e.getMessage()));
            }
            throw unavailable("store " + key, e);
        }
        return new StoredObject(key, sha256, size, true);
    }

    @Override
    public InputStream open(String objectKey, String expectedSha256) {
        InputStream raw;
        try {
            raw = client.getObject(GetObjectArgs.builder().bucket(bucket).object(objectKey).build());
        } catch (ErrorResponseException e) {
            if (MISSING_OBJECT.contains(e.errorResponse().code())) {
                throw new ObjectMissingException(objectKey, e);
            }
            throw unavailable("read " + objectKey, e);
        } catch (Exception e) {
            throw unavailable("read " + objectKey, e);
        }
        return new DigestVerifyingInputStream(raw, expectedSha256, objectKey);
    }

    @Override
    public boolean exists(String objectKey) {
        try {
            client.statObject(StatObjectArgs.builder().bucket(bucket).object(objectKey).build());
            return true;
        } catch (ErrorResponseException e) {
            if (MISSING.contains(e.errorResponse().code())) {
                return false;
            }
            throw unavailable("look up " + objectKey, e);
        } catch (Exception e) {
            throw unavailable("look up " + objectKey, e);
        }
    }

    @Override
    public void delete(String objectKey) {
        call("delete " + objectKey,
                () -> {
                    client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(objectKey).build());
                    return null;
                });
    }

    @Override
    public Stream<ObjectSummary> list() {
        Iterable<Result<Item>> items = client.listObjects(ListObjectsArgs.builder()
                .bucket(bucket).prefix(PREFIX).recursive(true).build());
        return StreamSupport.stream(items.spliterator(), false).map(result -> {
            Item item = call("list objects", result::get);
            return new ObjectSummary(item.objectName(), item.size(), item.lastModified().toInstant());
        });
    }

    @Override
    public boolean isAvailable() {
        try {
            return client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build());
        } catch (Exception e) {
            log.debug("Object store is not available", e);
            return false;
        }
    }

    private static <T> T call(String what, MinioCall<T> call) {
        try {
            return call.run();
        } catch (Exception e) {
            throw unavailable(what, e);
        }
    }

    private static StorageUnavailableException unavailable(String what, Exception cause) {
        return new StorageUnavailableException("object store could not " + what + ": " + cause.getMessage(), cause);
    }

    @FunctionalInterface
    private interface MinioCall<T> {
        T run() throws Exception;
    }
}
