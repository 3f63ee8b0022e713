package pe.ceropapel.command.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.directory.PersonRole;
import pe.ceropapel.api.interop.PartnerEntity;
import pe.ceropapel.api.interop.Transport;

/** The {@link Directory} read from the tables that {@link DirectoryProjection} writes. */
@Component
class JdbcDirectory implements Directory {

    static final String PARTNERS = "SELECT ruc, name, endpoint_url, transport, seal_certificate, active FROM partner_entity ";

    private final JdbcTemplate jdbc;

    JdbcDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<OfficeEntry> office(String code) {
        return jdbc.query("SELECT code, name, parent_code, head_username FROM directory_office WHERE code = ?",
                (rs, n) -> new OfficeEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                code).stream().findFirst();
    }

    @Override
    public Optional<PartnerEntity> partner(String ruc) {
        return jdbc.query(PARTNERS + "WHERE ruc = ?", JdbcDirectory::partner, ruc).stream().findFirst();
    }

    @Override
    public Optional<PersonEntry> person(String username) {
        return jdbc.query("SELECT username, full_name, dni, office_code, roles, active FROM directory_person "
                + "WHERE username = ?", JdbcDirectory::person, username).stream().findFirst();
    }

    @Override
    public boolean dniTakenByAnother(String dni, String username) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM directory_person WHERE dni = ? AND username <> ?)",
                Boolean.class, dni, username));
    }

    static PersonEntry person(ResultSet rs, int row) throws SQLException {
        return new PersonEntry(rs.getString("username"), rs.getString("full_name"), rs.getString("dni"),
                rs.getString("office_code"), decode(rs.getString("roles")), rs.getBoolean("active"));
    }

    static PartnerEntity partner(ResultSet rs, int row) throws SQLException {
        return new PartnerEntity(rs.getString("ruc"), rs.getString("name"), rs.getString("endpoint_url"),
                Transport.valueOf(rs.getString("transport")), rs.getString("seal_certificate"), rs.getBoolean("active"));
    }

    static String encode(Set<PersonRole> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static Set<PersonRole> decode(String roles) {
        Set<PersonRole> decoded = EnumSet.noneOf(PersonRole.class);
        Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).map(PersonRole::valueOf).forEach(decoded::add);
        return decoded;
    }
}
