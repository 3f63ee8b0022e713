package pe.ceropapel.storage;

/** The object store could not be reached or refused the operation. */
public class StorageUnavailableException extends RuntimeException {

    public StorageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
