package pe.ceropapel.api.derivation;

import java.time.LocalDate;

/** One recipient of a document's derivation and where it stands. */
public record DerivationStatus(String derivationId, RecipientKind kind, String recipient, DerivationAction action,
                               LocalDate dueDate, boolean copy, DerivationState state, boolean overdue) {
}
