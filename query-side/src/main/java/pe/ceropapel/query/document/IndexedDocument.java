package pe.ceropapel.query.document;

/** The shape of a document in the {@code documents} index. */
record IndexedDocument(String documentId,
                       String type,
                       String subject,
                       String officeCode,
                       String author,
                       String objectKey,
                       String sha256,
                       long size,
                       int pages,
                       String registeredAt,
                       String text,
                       boolean textExtracted) {
}
