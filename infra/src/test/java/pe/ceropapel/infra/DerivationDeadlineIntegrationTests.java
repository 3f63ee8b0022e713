package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.ceropapel.api.derivation.DerivationAction;
import pe.ceropapel.api.derivation.DerivationTarget;
import pe.ceropapel.api.derivation.DeriveDocumentCommand;
import pe.ceropapel.api.derivation.RecipientKind;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.api.document.PlannedSigner;
import pe.ceropapel.api.document.RegisterDocumentCommand;
import pe.ceropapel.api.document.SetSignaturePlanCommand;
import pe.ceropapel.api.document.SignatureRole;
import pe.ceropapel.signature.pdf.TestPdfs;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.Sha256;
import pe.ceropapel.storage.StoredObject;
import pe.ceropapel.command.serversigning.ServerSigning;
import pe.ceropapel.api.directory.WrongSigningPinException;

/**
 * A derivation's due date passes while no instance runs the scheduler (the test context polls only
 * hourly); an instance started afterwards raises the overdue event, exactly once, and a further
 * restart does not raise it again. The deadline lives in PostgreSQL, not in memory.
 */
class DerivationDeadlineIntegrationTests extends EmbeddedApplicationTestBase {

    private static final String POLL_OFTEN = "--db-scheduler.polling-interval=1s";

    @Autowired
    private CommandGateway commands;
    @Autowired
    private ServerSigning signing;
    @Autowired
    private ObjectStorage storage;
    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private OtherInstances instances;

    @Test
    void shouldRaiseAnOverdueDerivationExactlyOnceAfterARestart() throws Exception {
        new TestDirectory(http).office("INACAL/DM", "Dirección de Metrología")
                .office("INACAL/DN", "Dirección de Normalización")
                .person("jperez", "20000001", "INACAL/DM", "HEAD")
                .person("mquispe", "20000002", "INACAL/DM");
        String documentId = issuedDocument();
        String derivationId = UUID.randomUUID().toString();
        LocalDate twoDaysAgo = LocalDate.now(ZoneId.of("America/Lima")).minusDays(2);

        commands.sendAndWait(new DeriveDocumentCommand(documentId, "mquispe", null, List.of(new DerivationTarget(
                derivationId, RecipientKind.OFFICE, "INACAL/DN", DerivationAction.ATENDER, twoDaysAgo, false)),
                "Atender con urgencia"));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks", Long.class)).isPositive();
        assertThat(overdueEvents(documentId)).isZero();

        try (ConfigurableApplicationContext restarted = instances.start(POLL_OFTEN)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> overdueEvents(documentId) == 1);
        }
        try (ConfigurableApplicationContext again = instances.start(POLL_OFTEN)) {
            await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> overdueEvents(documentId) == 1);
        }
        assertThat(overdueEvents(documentId)).isEqualTo(1);
    }

    private String issuedDocument() throws WrongSigningPinException {
        byte[] pdf = TestPdfs.withPages("Oficio con plazo de atención");
        StoredObject stored = storage.put(new ByteArrayInputStream(pdf), pdf.length, Sha256.of(pdf), "application/pdf");
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RegisterDocumentCommand(id, DocumentType.OFICIO, "Oficio con plazo", "INACAL/DM",
                "mquispe", new ContentRef(stored.objectKey(), stored.sha256(), stored.size(), 1)));
        commands.sendAndWait(new SetSignaturePlanCommand(id, "mquispe",
                List.of(new PlannedSigner("jperez", SignatureRole.SIGNATURE))));
        signing.sign(id, "jperez", PIN.toCharArray());
        return id;
    }

    private long overdueEvents(String documentId) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND payloadtype LIKE '%DerivationOverdueEvent'", Long.class, documentId);
    }
}
