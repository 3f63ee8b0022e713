package pe.ceropapel.command.directory;

import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.directory.FindOfficesQuery;
import pe.ceropapel.api.directory.FindPeopleQuery;
import pe.ceropapel.api.directory.FindPersonQuery;
import pe.ceropapel.api.directory.OfficeView;
import pe.ceropapel.api.directory.PersonView;
import pe.ceropapel.api.interop.FindPartnerEntitiesQuery;
import pe.ceropapel.api.interop.PartnerEntity;

/** Answers directory listings from the directory tables (DNIs are not listed). */
@Component
class DirectoryQueries {

    private static final String PEOPLE = "SELECT username, full_name, dni, office_code, roles, active FROM directory_person ";

    private final JdbcTemplate jdbc;

    DirectoryQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<OfficeView> handle(FindOfficesQuery query) {
        return jdbc.query("SELECT code, name, parent_code, head_username FROM directory_office ORDER BY code",
                (rs, n) -> new OfficeView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    @QueryHandler
    Optional<PersonView> handle(FindPersonQuery query) {
        return jdbc.query(PEOPLE + "WHERE username = ?", JdbcDirectory::person, query.username()).stream()
                .findFirst().map(DirectoryQueries::view);
    }

    @QueryHandler
    List<PersonView> handle(FindPeopleQuery query) {
        List<Directory.PersonEntry> people = query.officeCode() == null
                ? jdbc.query(PEOPLE + "ORDER BY username", JdbcDirectory::person)
                : jdbc.query(PEOPLE + "WHERE office_code = ? ORDER BY username", JdbcDirectory::person, query.officeCode());
        return people.stream().map(DirectoryQueries::view).toList();
    }

    @QueryHandler
    List<PartnerEntity> handle(FindPartnerEntitiesQuery query) {
        return query.ruc() == null
                ? jdbc.query(JdbcDirectory.PARTNERS + "ORDER BY name", JdbcDirectory::partner)
                : jdbc.query(JdbcDirectory.PARTNERS + "WHERE ruc = ?", JdbcDirectory::partner, query.ruc());
    }

    private static PersonView view(Directory.PersonEntry person) {
        return new PersonView(person.username(), person.fullName(), person.officeCode(), person.roles(), person.active());
    }
}
