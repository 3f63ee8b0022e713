package pe.ceropapel.api.document;

/** An annex of any file type, stored content-addressed like the document itself. */
public record Attachment(String attachmentId, String fileName, String mediaType, String objectKey, String sha256,
                         long size) {
}
