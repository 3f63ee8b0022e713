package pe.ceropapel.api.derivation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A document was sent to one recipient. */
@Revision("1")
public record DocumentDerivedEvent(String documentId, String derivationId, String parentDerivationId, String by,
                                   RecipientKind kind, String recipient, DerivationAction action, LocalDate dueDate,
                                   boolean copy, String comment) {
}
