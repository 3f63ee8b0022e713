package pe.ceropapel.api.directory;

import org.axonframework.serialization.Revision;

/** A person left the entity. */
@Revision("1")
public record PersonDeactivatedEvent(String username) {
}
