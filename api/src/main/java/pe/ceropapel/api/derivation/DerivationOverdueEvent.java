package pe.ceropapel.api.derivation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A derivation's due date passed while it was still open. */
@Revision("1")
public record DerivationOverdueEvent(String documentId, String derivationId, LocalDate dueDate) {
}
