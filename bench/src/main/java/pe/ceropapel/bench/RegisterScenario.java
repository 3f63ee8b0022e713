package pe.ceropapel.bench;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.api.document.RegisterDocumentCommand;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.Sha256;
import pe.ceropapel.storage.StoredObject;

/**
 * Scenario 1: registering a document whose PDF is already stored (command to stored event) beside a
 * raw JDBC insert of the same event bytes into a table of the same shape, at 1, 8 and 32 clients.
 */
final class RegisterScenario {

    private static final int[] CLIENTS = {1, 8, 32};
    private static final int WARM_UP_CLIENTS = 8;
    private static final int WARM_UP_OPS = 10_000;

    private final CommandGateway commands;
    private final JdbcTemplate jdbc;
    private final ObjectStorage storage;
    private final int rounds;

    RegisterScenario(ApplicationContext app, int rounds) {
        this.commands = app.getBean(CommandGateway.class);
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.storage = app.getBean(ObjectStorage.class);
        this.rounds = rounds;
    }

    List<Row> run() throws Exception {
        BenchPdf pdf = new BenchPdf(20_000);
        byte[] bytes = pdf.variant(-1);
        StoredObject stored = storage.put(new ByteArrayInputStream(bytes), bytes.length, Sha256.of(bytes),
                "application/pdf");
        ContentRef content = new ContentRef(stored.objectKey(), stored.sha256(), stored.size(), 1);
        jdbc.execute("CREATE TABLE IF NOT EXISTS bench_raw_event (LIKE domainevententry INCLUDING ALL)");
        try {
            commands.sendAndWait(register(content));
            Map<String, Object> sample = jdbc.queryForMap(
                    "SELECT payloadtype, payloadrevision, payload, timestamp, type, metadata FROM domainevententry "
                            + "ORDER BY globalindex DESC LIMIT 1");
            LoadRunner.Operation ours = sequence -> commands.sendAndWait(register(content));
            LoadRunner.Operation raw = sequence -> insertRaw(sample);
            int warmUpSlices = JitWarmUp.until(() -> {
                LoadRunner warmUp = new LoadRunner(WARM_UP_CLIENTS, WARM_UP_OPS, 1);
                warmUp.run(ours);
                warmUp.run(raw);
            });
            List<Row> rows = new ArrayList<>();
            for (int clients : CLIENTS) {
                LoadRunner runner = new LoadRunner(clients, Math.max(1_000, 250 * clients), rounds);
                HeapPeak.reset();
                LoadRunner.Result timedOurs = runner.run(ours);
                long heap = HeapPeak.megabytes();
                LoadRunner.Result timedRaw = runner.run(raw);
                rows.add(new Row("1. register document, " + clients + " client(s), after " + warmUpSlices
                        + " warm-up runs", "events/s", timedOurs.opsPerSecond(), timedRaw.opsPerSecond(),
                        timedOurs.p99Millis(), heap));
            }
            return rows;
        } finally {
            jdbc.execute("DROP TABLE bench_raw_event");
        }
    }

    private static RegisterDocumentCommand register(ContentRef content) {
        return new RegisterDocumentCommand(UUID.randomUUID().toString(), DocumentType.INFORME,
                "Informe de prueba de rendimiento", "INACAL/DM", "bench", content);
    }

    private void insertRaw(Map<String, Object> sample) {
        jdbc.update("INSERT INTO bench_raw_event (eventidentifier, payloadtype, payloadrevision, payload, timestamp, "
                        + "aggregateidentifier, sequencenumber, type, metadata) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)",
                UUID.randomUUID().toString(), sample.get("payloadtype"), sample.get("payloadrevision"),
                sample.get("payload"), sample.get("timestamp"), UUID.randomUUID().toString(), sample.get("type"),
                sample.get("metadata"));
    }
}
