package pe.ceropapel.bench;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * Scenario 7: how the cost of registering (scenario 1, one client), of a citizen's tracking lookup
 * (scenario 6, one client, through the query handler) and of a search with facets (scenario 5) grows
 * with the number of documents. At each size the event store holds that many registered documents
 * (generated inside PostgreSQL from one real event, new ids each), and the read models that many
 * documents and case files (bulk loaded, as scenario 5 does).
 */
final class GrowthScenario {

    static final String HEADER = """
            | documents | register, 1 client (events/s) | register p99 (ms) | tracking p50 (ms) | tracking p99 (ms) | search p50 (ms) | search p99 (ms) |
            |---:|---:|---:|---:|---:|---:|---:|""";

    private final CommandGateway commands;
    private final JdbcTemplate jdbc;
    private final ObjectStorage storage;
    private final SearchScenario search;
    private final TrackingLookups tracking;
    private final List<Integer> sizes;
    private final int rounds;

    GrowthScenario(ApplicationContext app, List<Integer> sizes, int rounds) {
        this.commands = app.getBean(CommandGateway.class);
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.storage = app.getBean(ObjectStorage.class);
        this.search = new SearchScenario(app, sizes);
        this.tracking = new TrackingLookups(app);
        this.sizes = sizes;
        this.rounds = rounds;
    }

    List<String> run() throws Exception {
        byte[] pdf = new BenchPdf(20_000).variant(-2);
        StoredObject stored = storage.put(new ByteArrayInputStream(pdf), pdf.length, Sha256.of(pdf), "application/pdf");
        ContentRef content = new ContentRef(stored.objectKey(), stored.sha256(), stored.size(), 1);
        commands.sendAndWait(register(content));
        List<String> lines = new ArrayList<>();
        for (int size : sizes) {
            growEventStore(size);
            LoadRunner.Result registering = new LoadRunner(1, 200, rounds)
                    .run(sequence -> commands.sendAndWait(register(content)));
            TrackingLookups.Latency lookups = tracking.measureAt(size);
            SearchScenario.Latency searching = search.measureAt(size);
            lines.add(String.format(Locale.ROOT, "| %,d | %.1f | %.1f | %.2f | %.2f | %.1f | %.1f |", size,
                    registering.opsPerSecond(), registering.p99Millis(), lookups.p50(), lookups.p99(),
                    searching.p50(), searching.p99()));
        }
        return lines;
    }

    /** Copies the last registration until the event store holds {@code size} of them, in PostgreSQL itself. */
    private void growEventStore(int size) {
        String registered = "pe.ceropapel.api.document.DocumentRegisteredEvent";
        long present = jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE payloadtype = ?", Long.class,
                registered);
        jdbc.update("INSERT INTO domainevententry (eventidentifier, payloadtype, payloadrevision, payload, timestamp, "
                + "aggregateidentifier, sequencenumber, type, metadata) "
                + "SELECT gen_random_uuid()::text, e.payloadtype, e.payloadrevision, e.payload, e.timestamp, "
                + "gen_random_uuid()::text, 0, e.type, e.metadata "
                + "FROM (SELECT * FROM domainevententry WHERE payloadtype = ? ORDER BY globalindex DESC LIMIT 1) e "
                + "CROSS JOIN generate_series(1, ?)", registered, Math.max(0, size - present));
        jdbc.execute("ANALYZE domainevententry");
    }

    private static RegisterDocumentCommand register(ContentRef content) {
        return new RegisterDocumentCommand(UUID.randomUUID().toString(), DocumentType.INFORME,
                "Informe de prueba de crecimiento", "INACAL/DM", "bench", content);
    }
}
