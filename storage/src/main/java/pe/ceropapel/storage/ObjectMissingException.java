package pe.ceropapel.storage;

/**
 * The object store answers, but holds no object under the key: a lasting problem of the one thing
 * that refers to it, unlike {@link StorageUnavailableException}, which passes when the store is back.
 */
public class ObjectMissingException extends RuntimeException {

    private final String objectKey;

    public ObjectMissingException(String objectKey, Throwable cause) {
        super("the object store holds no object " + objectKey, cause);
        this.objectKey = objectKey;
    }

    public String objectKey() {
        return objectKey;
    }
}
