package pe.ceropapel.frontend.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pe.ceropapel.api.document.DocumentType;

/** The JSON part {@code metadata} of a document upload. */
public record DocumentMetadata(@NotNull DocumentType type,
                               @NotBlank @Size(max = 500) String subject,
                               @NotBlank @Pattern(regexp = "[A-Z0-9]+(/[A-Z0-9]+)*") String office) {
}
