package pe.ceropapel.api.casefile;

import java.util.List;
import pe.ceropapel.api.document.Attachment;

import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.DocumentType;

/**
 * Registers a document and files it: in the named case file, or in a new one that it opens
 * (then {@code origin} and, for citizens and agencies, {@code applicant} describe the new case).
 * A confidential document may be read only by the people and offices in its flow. Answered with a
 * {@link FiledDocument}. Its annexes, already stored, are added before a request from outside is accepted.
 */
public record FileDocumentCommand(String documentId, DocumentType type, String subject, String officeCode,
                                  String author, ContentRef content, String caseFileId, CaseOrigin origin,
                                  Applicant applicant, boolean confidential, List<Attachment> attachments) {

    public FileDocumentCommand {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
