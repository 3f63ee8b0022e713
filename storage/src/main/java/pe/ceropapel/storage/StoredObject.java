package pe.ceropapel.storage;

/**
 * An object in storage.
 *
 * @param created true when this upload wrote the object, false when identical bytes were already stored
 */
public record StoredObject(String objectKey, String sha256, long size, boolean created) {
}
