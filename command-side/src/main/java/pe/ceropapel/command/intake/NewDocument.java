package pe.ceropapel.command.intake;

import pe.ceropapel.api.document.DocumentType;

/**
 * What an office says of a document it registers.
 *
 * @param caseFileId   the case file to file it in; without one, the document opens a new case file
 * @param confidential only the people and offices in its flow may read it
 */
public record NewDocument(DocumentType type, String subject, String office, String caseFileId, boolean confidential) {

    public NewDocument(DocumentType type, String subject, String office) {
        this(type, subject, office, null, false);
    }
}
