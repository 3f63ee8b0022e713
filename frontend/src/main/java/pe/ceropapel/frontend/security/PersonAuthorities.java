package pe.ceropapel.frontend.security;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import pe.ceropapel.api.directory.PersonRole;
import pe.ceropapel.api.directory.PersonView;

/** What a person of the directory may do: every person is an employee, with the roles the directory gives them. */
public final class PersonAuthorities {

    private PersonAuthorities() {
    }

    public static List<GrantedAuthority> of(PersonView person) {
        return Stream.concat(Stream.of(PersonRole.EMPLOYEE), person.roles().stream())
                .distinct()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }
}
