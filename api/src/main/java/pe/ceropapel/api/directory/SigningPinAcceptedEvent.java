package pe.ceropapel.api.directory;

import org.axonframework.serialization.Revision;

/** A right PIN after wrong ones: the count of wrong PINs starts again from zero. */
@Revision("1")
public record SigningPinAcceptedEvent(String username) {
}
