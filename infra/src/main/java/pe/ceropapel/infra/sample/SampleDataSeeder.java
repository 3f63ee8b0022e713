package pe.ceropapel.infra.sample;

import java.io.ByteArrayInputStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import pe.ceropapel.api.directory.AssignOfficeHeadCommand;
import pe.ceropapel.api.directory.CreateOfficeCommand;
import pe.ceropapel.api.directory.RegisterPersonCommand;
import pe.ceropapel.command.intake.DocumentIntake;
import pe.ceropapel.command.intake.IncomingFile;
import pe.ceropapel.command.intake.NewDocument;
import pe.ceropapel.infra.config.SignatureProperties;
import pe.ceropapel.infra.embedded.EmbeddedEnginesCondition;
import pe.ceropapel.signature.pdf.LetterheadPdf;
import pe.ceropapel.signature.pki.DevelopmentPki;

/**
 * On the first start of the embedded profile (an empty event store), creates INACAL's offices and
 * demo people, issues each person's development signing certificate (PIN {@code keys.development-pin}),
 * and registers demo documents through the same path as an upload.
 */
@Component
@Conditional(EmbeddedEnginesCondition.class)
@ConditionalOnProperty(name = "ceropapel.sample-data", havingValue = "true", matchIfMissing = true)
class SampleDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleDataSeeder.class);
    private static final LetterheadPdf LETTERHEAD = new LetterheadPdf();

    private final JdbcTemplate jdbc;
    private final DocumentIntake intake;
    private final CommandGateway commands;
    private final ObjectProvider<DevelopmentPki> pki;
    private final SignatureProperties signature;

    SampleDataSeeder(JdbcTemplate jdbc, DocumentIntake intake, CommandGateway commands,
                     ObjectProvider<DevelopmentPki> pki, SignatureProperties signature) {
        this.jdbc = jdbc;
        this.intake = intake;
        this.commands = commands;
        this.pki = pki;
        this.signature = signature;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Boolean anyEvent = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM domainevententry)", Boolean.class);
        if (Boolean.TRUE.equals(anyEvent)) {
            return;
        }
        seedDirectory();
        pki.ifAvailable(development -> DemoDirectory.PEOPLE.forEach(person -> development.personKeyStore(
                person.username(), person.fullName(), signature.keys().developmentPin().toCharArray())));
        for (SampleDocument sample : SampleDocument.ALL) {
            NewDocument document = new NewDocument(sample.type(), sample.subject(), sample.office());
            intake.register(document, sample.author(), IncomingFile.of(null, new ByteArrayInputStream(LETTERHEAD.render(
                    new LetterheadPdf.Letter("Instituto Nacional de Calidad - INACAL",
                            "Documento de demostración de Cero Papel - " + sample.office(), sample.type().name(),
                            sample.subject(), sample.paragraphs())))));
        }
        log.info("Registered {} offices, {} people and {} sample documents", DemoDirectory.OFFICES.size(),
                DemoDirectory.PEOPLE.size(), SampleDocument.ALL.size());
    }

    private void seedDirectory() {
        DemoDirectory.OFFICES.forEach(office ->
                commands.sendAndWait(new CreateOfficeCommand(office.code(), office.name(), office.parentCode())));
        DemoDirectory.PEOPLE.forEach(person -> commands.sendAndWait(new RegisterPersonCommand(person.username(),
                person.fullName(), person.dni(), person.officeCode(), person.roles())));
        DemoDirectory.OFFICES.stream().filter(office -> office.head() != null).forEach(office ->
                commands.sendAndWait(new AssignOfficeHeadCommand(office.code(), office.head())));
    }
}
