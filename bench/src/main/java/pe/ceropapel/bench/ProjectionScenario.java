package pe.ceropapel.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.context.ApplicationContext;
import pe.ceropapel.api.document.ContentRef;
import pe.ceropapel.api.document.DocumentType;
import pe.ceropapel.api.document.RegisterDocumentCommand;
import pe.ceropapel.query.readmodel.ProjectionProgress;
import pe.ceropapel.query.readmodel.ReadModelIndices;
import pe.ceropapel.query.readmodel.ReadModelProcessors;
import pe.ceropapel.query.readmodel.ReadModelSchema;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.Sha256;
import pe.ceropapel.storage.StoredObject;

/**
 * Scenario 4: projecting {@code DocumentRegisteredEvent}s through our processor and projections
 * (one bulk request per batch, the live batch size) into empty indices, beside a raw bulk load of
 * the same documents (the document entry and the timeline step each event produces) into other
 * empty indices of the same mappings, in requests of the same size.
 */
final class ProjectionScenario {

    private static final int BATCH = 200;
    private static final int WRITERS = 16;
    /** Events that each warm-up slice projects (and bulk-loads raw) again into fresh indices. */
    private static final int WARM_UP_EVENTS = 5_000;

    private final CommandGateway commands;
    private final ObjectStorage storage;
    private final ElasticsearchClient elasticsearch;
    private final ReadModelSchema schema;
    private final ReadModelProcessors processors;
    private final ProjectionProgress progress;
    private final int events;

    ProjectionScenario(ApplicationContext app, int events) {
        this.commands = app.getBean(CommandGateway.class);
        this.storage = app.getBean(ObjectStorage.class);
        this.elasticsearch = app.getBean(ElasticsearchClient.class);
        this.schema = app.getBean(ReadModelSchema.class);
        this.processors = app.getBean(ReadModelProcessors.class);
        this.progress = app.getBean(ProjectionProgress.class);
        this.events = events;
    }

    List<Row> run() throws Exception {
        List<Row> rows = new ArrayList<>();
        byte[] pdf = TextPdf.render(new BenchText(7).words(450));
        StoredObject stored = storage.put(new ByteArrayInputStream(pdf), pdf.length, Sha256.of(pdf), "application/pdf");
        ContentRef shared = new ContentRef(stored.objectKey(), stored.sha256(), stored.size(), 1);
        int warmUpRuns = warmUp(shared);
        rows.add(measure(String.format("4. project %,d DocumentRegisteredEvent, one shared PDF, after %d warm-up runs",
                events, warmUpRuns), events, sequence -> shared));
        int distinct = Math.max(1, events / 100);
        rows.add(measure(String.format("4. project %,d DocumentRegisteredEvent, distinct PDFs", distinct), distinct,
                sequence -> storeVariant(sequence)));
        return rows;
    }

    /** Projects the same events, ours and raw, into fresh indices until the JIT is quiet. */
    private int warmUp(ContentRef shared) throws Exception {
        long from = progress.head();
        registerAll(WARM_UP_EVENTS, sequence -> shared);
        long to = progress.head();
        return JitWarmUp.until(() -> timeOursAndRaw(from, to, WARM_UP_EVENTS, 898));
    }

    private Row measure(String scenario, int count, ContentSource contents) throws Exception {
        long from = progress.head();
        registerAll(count, contents);
        long to = progress.head();
        Timing timing = timeOursAndRaw(from, to, count, 900);
        return new Row(scenario, "events/s", count / timing.ours(), count / timing.raw(), Double.NaN,
                timing.heapMegabytes());
    }

    /** Seconds of our projection and of the raw bulk load, and the peak heap while ours ran. */
    private record Timing(double ours, double raw, long heapMegabytes) {
    }

    /**
     * Projects the events between the two positions into fresh indices of generation {@code generation},
     * then bulk-loads as many copies into fresh indices of the next one.
     */
    private Timing timeOursAndRaw(long from, long to, int count, int generation) throws Exception {
        ReadModelIndices ours = ReadModelIndices.generation(generation);
        ReadModelIndices raw = ReadModelIndices.generation(generation + 1);
        schema.delete(ours);
        schema.delete(raw);
        schema.create(ours);
        schema.create(raw);
        try {
            HeapPeak.reset();
            double oursSeconds = project(from, to, ours);
            long heap = HeapPeak.megabytes();
            return new Timing(oursSeconds, bulkCopies(ours, raw, count), heap);
        } finally {
            schema.delete(ours);
            schema.delete(raw);
        }
    }

    private double project(long from, long to, ReadModelIndices target) throws InterruptedException {
        String name = "bench-projection-" + UUID.randomUUID();
        TrackingEventProcessor processor = processors.into(name, target, from, BATCH);
        long start = System.nanoTime();
        processor.start();
        while (!progress.hasHandled(name, to)) {
            Thread.sleep(10);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        processor.shutDown();
        progress.forget(name);
        return seconds;
    }

    /** Copies of one projected document and its step under new ids, bulk-loaded as our processor writes them. */
    @SuppressWarnings("unchecked")
    private double bulkCopies(ReadModelIndices projected, ReadModelIndices target, int count) throws Exception {
        Map<String, Object> document = first(projected.documents());
        Map<String, Object> step = first(projected.timeline());
        long start = System.nanoTime();
        for (int done = 0; done < count; done += BATCH) {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (int i = done; i < Math.min(count, done + BATCH); i++) {
                String id = UUID.randomUUID().toString();
                Map<String, Object> copy = new HashMap<>(document);
                copy.put("documentId", id);
                Map<String, Object> stepCopy = new HashMap<>(step);
                stepCopy.put("documentId", id);
                bulk.operations(op -> op.index(x -> x.index(target.documents()).id(id).version(0L)
                        .versionType(VersionType.External).document(copy)));
                bulk.operations(op -> op.index(x -> x.index(target.timeline()).id(id + "/0").version(0L)
                        .versionType(VersionType.External).document(stepCopy)));
            }
            if (elasticsearch.bulk(bulk.build()).errors()) {
                throw new IllegalStateException("the raw bulk load failed");
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> first(String index) throws Exception {
        elasticsearch.indices().refresh(r -> r.index(index));
        return elasticsearch.search(s -> s.index(index).size(1), Map.class).hits().hits().get(0).source();
    }

    private void registerAll(int count, ContentSource contents) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        AtomicInteger next = new AtomicInteger();
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                writers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        commands.sendAndWait(new RegisterDocumentCommand(UUID.randomUUID().toString(),
                                DocumentType.INFORME, "Informe de prueba de proyección " + i, "INACAL/DM", "bench",
                                contents.content(i)));
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private ContentRef storeVariant(int sequence) throws Exception {
        byte[] pdf = TextPdf.render(new BenchText(sequence).words(450));
        StoredObject stored = storage.put(new ByteArrayInputStream(pdf), pdf.length, Sha256.of(pdf), "application/pdf");
        return new ContentRef(stored.objectKey(), stored.sha256(), stored.size(), 1);
    }

    @FunctionalInterface
    private interface ContentSource {
        ContentRef content(int sequence) throws Exception;
    }
}
