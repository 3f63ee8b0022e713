package pe.ceropapel.api.directory;

import org.axonframework.serialization.Revision;

/**
 * An administrator unlocked a person's signing key; the count of wrong PINs starts again from zero.
 * {@code unlockedBy} is null in events of revision 1, which did not record it.
 */
@Revision("2")
public record SigningKeyUnlockedEvent(String username, String unlockedBy) {
}
