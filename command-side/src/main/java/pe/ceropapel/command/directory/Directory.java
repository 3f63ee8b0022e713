package pe.ceropapel.command.directory;

import java.util.Optional;
import java.util.Set;
import pe.ceropapel.api.directory.PersonRole;
import pe.ceropapel.api.interop.PartnerEntity;

/**
 * What command handlers may ask about offices, people and partner entities. Answered from tables that the
 * {@code directory} projection writes in the same transaction as the directory's events.
 */
public interface Directory {

    /** An office as the directory knows it. */
    record OfficeEntry(String code, String name, String parentCode, String headUsername) {
    }

    /** A person as the directory knows them. */
    record PersonEntry(String username, String fullName, String dni, String officeCode, Set<PersonRole> roles,
                       boolean active) {

        public boolean mayHead(String office) {
            return active && office.equals(officeCode) && roles.contains(PersonRole.HEAD);
        }
    }

    Optional<OfficeEntry> office(String code);

    /** An entity we exchange documents with, active or revoked. */
    Optional<PartnerEntity> partner(String ruc);

    Optional<PersonEntry> person(String username);

    /** Whether an active or former person other than {@code username} has this DNI. */
    boolean dniTakenByAnother(String dni, String username);
}
