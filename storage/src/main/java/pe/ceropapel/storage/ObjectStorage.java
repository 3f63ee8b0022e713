package pe.ceropapel.storage;

import java.io.InputStream;
import java.util.stream.Stream;

/**
 * Immutable, content-addressed object storage. Objects are named by the SHA-256 of their bytes, are
 * never overwritten, and every read verifies the digest.
 */
public interface ObjectStorage {

    /** Where objects named by their digest live: {@value}{@code <sha256>}. */
    String PREFIX = "sha256/";

    /**
     * Stores bytes whose digest the caller already knows. When an object with that digest exists
     * nothing is written. The digest is verified while uploading, before the object is complete:
     * bytes that do not have it are never stored under it, and nothing is removed.
     *
     * @param content     the bytes, read once to the end (the caller closes it)
     * @param size        exact number of bytes
     * @param sha256      lowercase hexadecimal SHA-256 of the bytes
     * @param contentType MIME type recorded with the object
     * @return where the bytes live and whether this call created the object
     * @throws StorageUnavailableException when the object store cannot be reached
     * @throws IntegrityViolationException when the bytes do not have the announced digest
     */
    StoredObject put(InputStream content, long size, String sha256, String contentType);

    /**
     * Opens an object for reading. The returned stream throws {@link IntegrityViolationException}
     * at its end when the bytes read do not have the expected digest.
     *
     * @throws ObjectMissingException when the store answers but holds no such object
     * @throws StorageUnavailableException when the object store cannot be reached
     */
    InputStream open(String objectKey, String expectedSha256);

    boolean exists(String objectKey);

    /**
     * Removes an object. Only the collector of unreferenced objects calls it: an upload never removes
     * what it stored, since another request may have stored the same bytes and refer to them.
     */
    void delete(String objectKey);

    /** Every object named by its digest (under {@link #PREFIX}), read lazily from the store's listing. */
    Stream<ObjectSummary> list();

    /** Whether the store answers and its bucket exists. */
    boolean isAvailable();

    /** The key under which bytes with the given digest are stored. */
    static String keyFor(String sha256) {
        return PREFIX + Sha256.requireHex(sha256);
    }
}
