package pe.ceropapel.api.derivation;

import org.axonframework.serialization.Revision;

/** A recipient returned a derivation. */
@Revision("1")
public record DerivationReturnedEvent(String documentId, String derivationId, String actor, String reason) {
}
