package pe.ceropapel.api.directory;

import org.axonframework.serialization.Revision;

/** An office was created. {@code parentCode} is null for the entity's top office. */
@Revision("1")
public record OfficeCreatedEvent(String code, String name, String parentCode) {
}
