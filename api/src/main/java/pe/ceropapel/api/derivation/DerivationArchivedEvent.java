package pe.ceropapel.api.derivation;

import org.axonframework.serialization.Revision;

/** A recipient archived a derivation. */
@Revision("1")
public record DerivationArchivedEvent(String documentId, String derivationId, String actor) {
}
