package pe.ceropapel.api.directory;

import org.axonframework.serialization.Revision;

/** An office has a new name. */
@Revision("1")
public record OfficeRenamedEvent(String code, String name) {
}
