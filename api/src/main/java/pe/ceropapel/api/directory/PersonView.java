package pe.ceropapel.api.directory;

import java.util.Set;

/** A person as listed in the directory. */
public record PersonView(String username, String fullName, String officeCode, Set<PersonRole> roles,
                         boolean active) {
}
