package pe.ceropapel.frontend.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.command.intake.NewDocument;
import pe.ceropapel.frontend.InputFormats;
import pe.ceropapel.frontend.PlainText;

/**
 * The JSON part {@code metadata} of a document upload.
 *
 * @param caseFileId   the case file to file it in; without one, the document opens a new case file
 * @param confidential only the people and offices in its flow may read it (absent: not confidential)
 */
public record DocumentMetadata(@NotNull DocumentType type,
                               @NotBlank @Size(max = 500) @PlainText String subject,
                               @NotBlank @Pattern(regexp = InputFormats.OFFICE_CODE) String office,
                               @Size(max = 60) String caseFileId,
                               boolean confidential) {

    public NewDocument toNewDocument() {
        return new NewDocument(type, subject, office, caseFileId, confidential);
    }
}
