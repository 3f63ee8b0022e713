package pe.ceropapel.storage;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link ObjectStorage} on any S3-compatible server (MinIO in production) through the MinIO client. */
public final class MinioObjectStorage implements ObjectStorage {

    private static final Logger log = LoggerFactory.getLogger(MinioObjectStorage.class);
    private static final Set<String> MISSING = Set.of("NoSuchKey", "NoSuchObject", "NoSuchBucket");
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
        HashingInputStream hashing = new HashingInputStream(content);
        call("store " + key, () -> client.putObject(PutObjectArgs.builder()
                .bucket(bucket)
                .object(key)
                .stream(hashing, size, PART_SIZE)
                .contentType(contentType)
                .build()));
        if (!hashing.sha256().equals(sha256)) {
            delete(key);
            throw new UncheckedIOException(new IntegrityViolationException(
                    "upload announced SHA-256 " + sha256 + " but its bytes have " + hashing.sha256()));
        }
        return new StoredObject(key, sha256, size, true);
    }

    @Override
    public InputStream open(String objectKey, String expectedSha256) {
        InputStream raw = call("read " + objectKey,
                () -> client.getObject(GetObjectArgs.builder().bucket(bucket).object(objectKey).build()));
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
