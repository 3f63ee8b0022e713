package pe.ceropapel.query.document;

/** The shape of a document in the {@code documents} index: its current state and content version. */
record IndexedDocument(String documentId,
                       String type,
                       String subject,
                       String officeCode,
                       String author,
                       String state,
                       String number,
                       int version,
                       String objectKey,
                       String sha256,
                       long size,
                       int pages,
                       String registeredAt,
                       String text,
                       boolean textExtracted) {

    IndexedDocument withSubject(String newSubject) {
        return new IndexedDocument(documentId, type, newSubject, officeCode, author, state, number, version, objectKey,
                sha256, size, pages, registeredAt, text, textExtracted);
    }

    IndexedDocument withState(String newState) {
        return new IndexedDocument(documentId, type, subject, officeCode, author, newState, number, version, objectKey,
                sha256, size, pages, registeredAt, text, textExtracted);
    }

    IndexedDocument withNumber(String newNumber) {
        return new IndexedDocument(documentId, type, subject, officeCode, author, state, newNumber, version, objectKey,
                sha256, size, pages, registeredAt, text, textExtracted);
    }

    IndexedDocument withContent(int newVersion, String newObjectKey, String newSha256, long newSize, int newPages,
                                String newText) {
        return new IndexedDocument(documentId, type, subject, officeCode, author, state, number, newVersion,
                newObjectKey, newSha256, newSize, newPages, registeredAt, newText, newText != null);
    }
}
