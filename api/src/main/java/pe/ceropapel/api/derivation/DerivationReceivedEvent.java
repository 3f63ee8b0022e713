package pe.ceropapel.api.derivation;

import org.axonframework.serialization.Revision;

/** A recipient received a derived document. */
@Revision("1")
public record DerivationReceivedEvent(String documentId, String derivationId, String actor) {
}
