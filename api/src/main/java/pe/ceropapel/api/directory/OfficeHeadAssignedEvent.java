package pe.ceropapel.api.directory;

import org.axonframework.serialization.Revision;

/** A person became the head of an office. */
@Revision("1")
public record OfficeHeadAssignedEvent(String code, String username) {
}
