package pe.ceropapel.command.directory;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.directory.OfficeCreatedEvent;
import pe.ceropapel.api.directory.OfficeHeadAssignedEvent;
import pe.ceropapel.api.directory.OfficeRenamedEvent;
import pe.ceropapel.api.directory.PersonAssignmentChangedEvent;
import pe.ceropapel.api.directory.PersonDeactivatedEvent;
import pe.ceropapel.api.directory.PersonRegisteredEvent;
import pe.ceropapel.api.interop.PartnerEntityRegisteredEvent;
import pe.ceropapel.api.interop.PartnerEntityRevokedEvent;

/**
 * Writes the directory tables. Runs in a subscribing processor, inside the transaction that appends
 * the event, so a failed write (such as a duplicate DNI) refuses the command itself. Every write is
 * an upsert or an update by key, so replaying events leaves the same rows.
 */
@Component
@ProcessingGroup(DirectoryProjection.PROCESSING_GROUP)
class DirectoryProjection {

    static final String PROCESSING_GROUP = "directory";

    private final JdbcTemplate jdbc;

    DirectoryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OfficeCreatedEvent event) {
        jdbc.update("INSERT INTO directory_office (code, name, parent_code) VALUES (?, ?, ?) "
                + "ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, parent_code = EXCLUDED.parent_code",
                event.code(), event.name(), event.parentCode());
    }

    @EventHandler
    void on(OfficeRenamedEvent event) {
        jdbc.update("UPDATE directory_office SET name = ? WHERE code = ?", event.name(), event.code());
    }

    @EventHandler
    void on(OfficeHeadAssignedEvent event) {
        jdbc.update("UPDATE directory_office SET head_username = ? WHERE code = ?", event.username(), event.code());
    }

    @EventHandler
    void on(PersonRegisteredEvent event) {
        jdbc.update("INSERT INTO directory_person (username, full_name, dni, office_code, roles, active) "
                        + "VALUES (?, ?, ?, ?, ?, TRUE) ON CONFLICT (username) DO UPDATE SET full_name = EXCLUDED.full_name, "
                        + "dni = EXCLUDED.dni, office_code = EXCLUDED.office_code, roles = EXCLUDED.roles, active = TRUE",
                event.username(), event.fullName(), event.dni(), event.officeCode(), JdbcDirectory.encode(event.roles()));
    }

    @EventHandler
    void on(PersonAssignmentChangedEvent event) {
        jdbc.update("UPDATE directory_person SET office_code = ?, roles = ? WHERE username = ?",
                event.officeCode(), JdbcDirectory.encode(event.roles()), event.username());
        jdbc.update("UPDATE directory_office SET head_username = NULL WHERE head_username = ? AND code <> ?",
                event.username(), event.officeCode());
    }

    @EventHandler
    void on(PersonDeactivatedEvent event) {
        jdbc.update("UPDATE directory_person SET active = FALSE WHERE username = ?", event.username());
    }

    @EventHandler
    void on(PartnerEntityRegisteredEvent event) {
        jdbc.update("INSERT INTO partner_entity (ruc, name, endpoint_url, transport, seal_certificate, active) "
                        + "VALUES (?, ?, ?, ?, ?, TRUE) ON CONFLICT (ruc) DO UPDATE SET name = EXCLUDED.name, "
                        + "endpoint_url = EXCLUDED.endpoint_url, transport = EXCLUDED.transport, "
                        + "seal_certificate = EXCLUDED.seal_certificate, active = TRUE",
                event.ruc(), event.name(), event.endpointUrl(), event.transport().name(), event.sealCertificatePem());
    }

    @EventHandler
    void on(PartnerEntityRevokedEvent event) {
        jdbc.update("UPDATE partner_entity SET active = FALSE WHERE ruc = ?", event.ruc());
    }
}
