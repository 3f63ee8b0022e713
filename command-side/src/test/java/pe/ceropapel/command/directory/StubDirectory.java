package pe.ceropapel.command.directory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import pe.ceropapel.api.directory.PersonRole;
import pe.ceropapel.api.interop.PartnerEntity;
import pe.ceropapel.api.interop.Transport;

/** A directory whose entries a fixture test sets up directly. */
public class StubDirectory implements Directory {

    private final Map<String, OfficeEntry> offices = new HashMap<>();
    private final Map<String, PersonEntry> people = new HashMap<>();
    private final Map<String, PartnerEntity> partners = new HashMap<>();

    public StubDirectory withPartner(String ruc, boolean active) {
        partners.put(ruc, new PartnerEntity(ruc, "Entidad " + ruc, "http://127.0.0.1:1/", Transport.CERO_PAPEL,
                "-----BEGIN CERTIFICATE-----", active));
        return this;
    }

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
    public Optional<PartnerEntity> partner(String ruc) {
        return Optional.ofNullable(partners.get(ruc));
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
