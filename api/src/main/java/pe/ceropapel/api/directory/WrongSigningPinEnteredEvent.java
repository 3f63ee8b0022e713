package pe.ceropapel.api.directory;

import org.axonframework.serialization.Revision;

/** A person typed a wrong PIN for their signing key; {@code wrongPinsInARow} counts this one. */
@Revision("1")
public record WrongSigningPinEnteredEvent(String username, int wrongPinsInARow) {
}
