package pe.ceropapel.infra.objects;

import java.util.Arrays;
import java.util.HexFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import pe.ceropapel.infra.backup.ReferencedObjects;

/**
 * The digests of every object that an event refers to, read from the event store in one pass and
 * held compactly: the first 64 bits of each digest, sorted (8 bytes per object). Two digests sharing
 * those bits only make the collector keep an object it could have removed, never the reverse.
 */
final class ReferencedDigests {

    private static final int FETCH_SIZE = 10_000;

    private final long[] prefixes;

    private ReferencedDigests(long[] prefixes) {
        this.prefixes = prefixes;
    }

    /** Reads the references in a transaction, so that PostgreSQL streams them in batches. */
    static ReferencedDigests in(JdbcTemplate jdbc, TransactionTemplate transaction) {
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(FETCH_SIZE);
        long[][] read = {new long[1024]};
        int[] count = {0};
        transaction.executeWithoutResult(status -> streaming.query(ReferencedObjects.OBJECT_KEYS, row -> {
            ReferencedObjects.digestOf(row.getString(1)).ifPresent(sha256 -> {
                if (count[0] == read[0].length) {
                    read[0] = Arrays.copyOf(read[0], read[0].length * 2);
                }
                read[0][count[0]++] = prefix(sha256);
            });
        }));
        long[] prefixes = Arrays.copyOf(read[0], count[0]);
        Arrays.sort(prefixes);
        return new ReferencedDigests(prefixes);
    }

    boolean contains(String sha256) {
        return Arrays.binarySearch(prefixes, prefix(sha256)) >= 0;
    }

    int size() {
        return prefixes.length;
    }

    private static long prefix(String sha256) {
        return HexFormat.fromHexDigitsToLong(sha256, 0, 16);
    }
}
