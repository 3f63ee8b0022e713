package pe.ceropapel.infra.objects;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The table {@code stored_object}: an upload's claim on a digest, and the collector's removal of an
 * object under the lock of its row. PostgreSQL's clock decides every age, whichever instance asks.
 */
class ObjectClaims {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    ObjectClaims(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * Claims the digest now. Runs in the caller's transaction when there is one (a signature's command
     * stores the signed PDF), else on its own; it waits while the collector removes that object.
     */
    void claim(String sha256) {
        jdbc.update("INSERT INTO stored_object (sha256, claimed_at) VALUES (?, now()) "
                + "ON CONFLICT (sha256) DO UPDATE SET claimed_at = excluded.claimed_at", sha256);
    }

    /**
     * In one transaction: locks the digest's row (made from {@code lastModified} when the object
     * predates the table), and when its last claim is older than {@code grace} runs {@code remove}
     * and drops the row. An upload claiming the digest meanwhile waits for the commit.
     *
     * @return whether the object was removed
     */
    boolean removeIfUnclaimedFor(String sha256, Instant lastModified, Duration grace, Runnable remove) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            jdbc.update("INSERT INTO stored_object (sha256, claimed_at) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING",
                    sha256, Timestamp.from(lastModified));
            Boolean unclaimed = jdbc.queryForObject("SELECT claimed_at < now() - make_interval(secs => ?) "
                    + "FROM stored_object WHERE sha256 = ? FOR UPDATE", Boolean.class, grace.toSeconds(), sha256);
            if (!Boolean.TRUE.equals(unclaimed)) {
                return false;
            }
            remove.run();
            jdbc.update("DELETE FROM stored_object WHERE sha256 = ?", sha256);
            return true;
        }));
    }
}
