package pe.ceropapel.storage;

import java.io.InputStream;

/**
 * Immutable, content-addressed object storage. Objects are named by the SHA-256 of their bytes, are
 * never overwritten, and every read verifies the digest.
 */
public interface ObjectStorage {

    /**
     * Stores bytes whose digest the caller already knows. When an object with that digest exists
     * nothing is written. The digest is verified while uploading; a mismatch removes the upload.
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
     */
    InputStream open(String objectKey, String expectedSha256);

    boolean exists(String objectKey);

    /** Removes an object; used only to undo an upload that no event references. */
    void delete(String objectKey);

    /** Whether the store answers and its bucket exists. */
    boolean isAvailable();

    /** The key under which bytes with the given digest are stored. */
    static String keyFor(String sha256) {
        return "sha256/" + Sha256.requireHex(sha256);
    }
}
