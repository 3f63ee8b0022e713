package pe.ceropapel.frontend.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import pe.ceropapel.api.document.SignatureRole;

/** Request bodies of the document lifecycle API, validated at the edge. */
final class LifecycleRequests {

    private LifecycleRequests() {
    }

    record Draft(@NotBlank @Size(max = 500) String subject,
                 @NotNull @Size(max = 100) List<@NotBlank @Size(max = 60) String> recipients) {
    }

    record Signer(@NotBlank @Size(max = 40) String username, @NotNull SignatureRole role) {
    }

    record Plan(@NotEmpty @Size(max = 20) List<@Valid @NotNull Signer> signers) {
    }

    record Reason(@NotBlank @Size(max = 1000) String reason) {
    }
}
