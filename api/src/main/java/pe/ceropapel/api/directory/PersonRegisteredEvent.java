package pe.ceropapel.api.directory;

import java.util.Set;
import org.axonframework.serialization.Revision;

/** A person was registered in an office. */
@Revision("1")
public record PersonRegisteredEvent(String username, String fullName, String dni, String officeCode,
                                    Set<PersonRole> roles) {
}
