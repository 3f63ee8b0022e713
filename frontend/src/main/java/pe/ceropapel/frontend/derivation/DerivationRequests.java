package pe.ceropapel.frontend.derivation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import pe.ceropapel.api.derivation.DerivationAction;
import pe.ceropapel.api.derivation.RecipientKind;
import pe.ceropapel.frontend.PlainText;

/** Request bodies of the derivation API, validated at the edge. */
final class DerivationRequests {

    private DerivationRequests() {
    }

    record Target(@NotNull RecipientKind kind, @NotBlank @Size(max = 60) String recipient,
                  @NotNull DerivationAction action, @FutureOrPresent LocalDate dueDate, boolean copy) {
    }

    record Derive(@Size(max = 60) String parentDerivationId, @Size(max = 1000) @PlainText String comment,
                  @NotEmpty @Size(max = 100) List<@Valid @NotNull Target> targets) {
    }

    record Attention(@Size(max = 60) String answeringDocumentId, @Size(max = 1000) @PlainText String comment) {
    }

    record Reason(@NotBlank @Size(max = 1000) @PlainText String reason) {
    }
}
