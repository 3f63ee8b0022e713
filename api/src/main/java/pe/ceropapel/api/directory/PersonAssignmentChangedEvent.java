package pe.ceropapel.api.directory;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** A person now works in this office with these roles. */
@Revision("1")
public record PersonAssignmentChangedEvent(String username, String officeCode, Set<PersonRole> roles) {
}
