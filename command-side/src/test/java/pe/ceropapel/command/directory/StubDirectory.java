package pe.ceropapel.command.directory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import pe.ceropapel.api.directory.PersonRole;

/** A directory whose entries a fixture test sets up directly. */
public class StubDirectory implements Directory {

    private final Map<String, OfficeEntry> offices = new HashMap<>();
    private final Map<String, PersonEntry> people = new HashMap<>();

    public StubDirectory withOffice(String code) {
        offices.put(code, new OfficeEntry(code, "Oficina " + code, null, null));
        return this;
    }

    public StubDirectory withPerson(String username, String dni, String office, PersonRole... roles) {
        people.put(username, new PersonEntry(username, "Persona " + username, dni, office, Set.of(roles), true));
        return this;
    }

    public StubDirectory withFormerPerson(String username, String office, PersonRole... roles) {
        people.put(username, new PersonEntry(username, "Persona " + username, "99999999", office, Set.of(roles), false));
        return this;
    }

    @Override
    public Optional<OfficeEntry> office(String code) {
        return Optional.ofNullable(offices.get(code));
    }

    @Override
    public Optional<PersonEntry> person(String username) {
        return Optional.ofNullable(people.get(username));
    }

    @Override
    public boolean dniTakenByAnother(String dni, String username) {
        return people.values().stream().anyMatch(p -> p.dni().equals(dni) && !p.username().equals(username));
    }
}
