package pe.ceropapel.api.directory;

import org.axonframework.serialization.Revision;

/** A person's signing key was locked after {@code wrongPinsInARow} wrong PINs, as a token locks itself. */
@Revision("1")
public record SigningKeyLockedEvent(String username, int wrongPinsInARow) {
}
