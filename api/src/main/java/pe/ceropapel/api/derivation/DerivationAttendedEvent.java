package pe.ceropapel.api.derivation;

import org.axonframework.serialization.Revision;

/** A recipient attended a derivation. */
@Revision("1")
public record DerivationAttendedEvent(String documentId, String derivationId, String actor,
                                      String answeringDocumentId, String comment) {
}
