package pe.ceropapel.api.derivation;

import java.time.LocalDate;

/**
 * One recipient of a derivation.
 *
 * @param derivationId chosen by the caller, so that a retried request derives nothing twice
 * @param dueDate      the last day (in Lima) to attend it, or null
 * @param copy         a copy (con copia) for information only
 */
public record DerivationTarget(String derivationId, RecipientKind kind, String recipient, DerivationAction action,
                               LocalDate dueDate, boolean copy) {
}
