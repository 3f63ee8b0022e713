package pe.ceropapel.query.readmodel;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The index writes of one batch of events, sent to Elasticsearch in one bulk request when the
 * batch's unit of work prepares to commit, before its tracking token is stored: if the bulk fails,
 * the batch is rolled back and handled again. Reads see the batch's own writes.
 *
 * <p>Every write carries an external version, the aggregate sequence number of the event that
 * caused it. Elasticsearch keeps a write only if its version is higher than the stored one, so an
 * event handled twice, late or out of order never rolls an entry back.
 */
public final class IndexWrites {

    private static final String RESOURCE = IndexWrites.class.getName();
    private static final String VERSION_CONFLICT = "version_conflict_engine_exception";

    private final ElasticsearchClient client;
    private final Map<String, Write> pending = new LinkedHashMap<>();

    private IndexWrites(ElasticsearchClient client) {
        this.client = client;
    }

    /** The writes of the unit of work in progress. */
    public static IndexWrites current(ElasticsearchClient client) {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(RESOURCE, key -> {
            IndexWrites writes = new IndexWrites(client);
            root.onPrepareCommit(unitOfWork -> {
                try {
                    writes.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return writes;
        });
    }

    /** Writes a new entry, unless a write with this version or a newer one is already there. */
    public void create(String index, String id, long version, Object entry) {
        pending.put(key(index, id), new Write(index, id, version, entry, VersionType.External));
    }

    /**
     * Applies {@code change}, caused by another aggregate's event, to an entry and writes it at the
     * version it has: the entry's own next event reads it with the change and moves it on.
     *
     * @throws IllegalStateException when there is no such entry yet (its first event comes later
     *                               from another segment): the batch is retried
     */
    public <T> void amend(String index, String id, Class<T> type, UnaryOperator<T> change) throws IOException {
        Write current = read(index, id, type)
                .orElseThrow(() -> new IllegalStateException(index + " has no entry " + id + " yet"));
        pending.put(key(index, id), new Write(index, id, current.version(),
                change.apply(type.cast(current.entry())), VersionType.ExternalGte));
    }

    /**
     * Applies {@code change} to a copy of the entry and writes the result, unless the entry already
     * reflects this version (a replayed event).
     *
     * @throws IllegalStateException when there is no such entry: the event that creates it comes first
     */
    public <T> void update(String index, String id, long version, Class<T> type, UnaryOperator<T> change)
            throws IOException {
        Write current = read(index, id, type)
                .orElseThrow(() -> new IllegalStateException(index + " has no entry " + id + " yet"));
        if (current.version() < version) {
            pending.put(key(index, id), new Write(index, id, version, change.apply(type.cast(current.entry())),
                    VersionType.External));
        }
    }

    /** The entry as this batch leaves it, or as the index holds it. */
    public <T> Optional<T> find(String index, String id, Class<T> type) throws IOException {
        return read(index, id, type).map(write -> type.cast(write.entry()));
    }

    private <T> Optional<Write> read(String index, String id, Class<T> type) throws IOException {
        Write staged = pending.get(key(index, id));
        if (staged != null) {
            // a copy, so that a change applied to it cannot alter the staged write
            return Optional.of(new Write(index, id, staged.version(), Copies.of(staged.entry(), type),
                    staged.versionType()));
        }
        GetResponse<T> response = client.get(g -> g.index(index).id(id), type);
        return response.found()
                ? Optional.of(new Write(index, id, response.version(), response.source(), VersionType.External))
                : Optional.empty();
    }

    private void flush() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        BulkResponse response = client.bulk(bulk -> {
            for (Write write : pending.values()) {
                bulk.operations(op -> op.index(i -> i.index(write.index())
                        .id(write.id())
                        .version(write.version())
                        .versionType(write.versionType())
                        .document(write.entry())));
            }
            return bulk;
        });
        if (response.errors()) {
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null && !VERSION_CONFLICT.equals(item.error().type())) {
                    throw new IOException("cannot index " + item.index() + "/" + item.id() + ": "
                            + item.error().type() + " " + item.error().reason());
                }
            }
        }
        pending.clear();
    }

    private static String key(String index, String id) {
        return index + '\u0000' + id;
    }

    private record Write(String index, String id, long version, Object entry, VersionType versionType) {
    }
}
