package pe.ceropapel.api.directory;

import org.axonframework.serialization.Revision;

/** An administrator unlocked a person's signing key; the count of wrong PINs starts again from zero. */
@Revision("1")
public record SigningKeyUnlockedEvent(String username) {
}
