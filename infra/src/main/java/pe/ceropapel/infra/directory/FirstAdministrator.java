package pe.ceropapel.infra.directory;

import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.directory.CreateOfficeCommand;
import pe.ceropapel.api.directory.PersonRole;
import pe.ceropapel.api.directory.RegisterPersonCommand;
import pe.ceropapel.infra.config.CeroPapelProperties;

/**
 * The first administrator of a new installation: while the directory has nobody, the configured
 * person is registered as administrator in the configured top office, so that they can sign in
 * (with the entity's identity provider) and register everyone else. Once anybody is registered,
 * the settings change nothing.
 */
@Component
@ConditionalOnProperty("ceropapel.first-administrator.username")
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final CeroPapelProperties.FirstAdministrator administrator;

    FirstAdministrator(JdbcTemplate jdbc, CommandGateway commands, CeroPapelProperties properties) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.administrator = properties.firstAdministrator();
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM directory_person)", Boolean.class))) {
            return;
        }
        if (Boolean.FALSE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM directory_office WHERE code = ?)",
                Boolean.class, administrator.officeCode()))) {
            commands.sendAndWait(new CreateOfficeCommand(administrator.officeCode(), administrator.officeName(), null));
        }
        commands.sendAndWait(new RegisterPersonCommand(administrator.username(), administrator.fullName(),
                administrator.dni(), administrator.officeCode(), Set.of(PersonRole.ADMIN)));
        log.info("Registered {} as the first administrator, in {}", administrator.username(), administrator.officeCode());
    }
}
