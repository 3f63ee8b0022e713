package pe.ceropapel.api.document;

/**
 * Reference to one immutable PDF in object storage.
 *
 * @param objectKey key of the object in the bucket, derived from its digest
 * @param sha256    lowercase hexadecimal SHA-256 of the bytes
 * @param size      length in bytes
 * @param pages     number of pages of the PDF
 */
public record ContentRef(String objectKey, String sha256, long size, int pages) {
}
