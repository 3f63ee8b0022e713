package pe.ceropapel.frontend.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionSystemException;

class DatabaseOutagesTests {

    @Test
    void shouldRecogniseAConnectionFailureAnywhereAmongTheCauses() {
        SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");

        assertThat(DatabaseOutages.isOutage(new IllegalStateException("wrapped", new RuntimeException(terminated))))
                .isTrue();
        assertThat(DatabaseOutages.isOutage(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
        assertThat(DatabaseOutages.isOutage(new SQLException("connection closed", "08003"))).isTrue();
    }

    @Test
    void shouldRecogniseAnOutageKeptAsSuppressedByAFailedRollback() {
        TransactionSystemException rollbackFailed = new TransactionSystemException("Could not roll back");
        rollbackFailed.addSuppressed(new SQLException("I/O error while sending to the backend", "08006"));

        assertThat(DatabaseOutages.isOutage(new IllegalStateException("unit of work failed", rollbackFailed))).isTrue();
    }

    @Test
    void shouldNotTakeOtherDatabaseFailuresForAnOutage() {
        assertThat(DatabaseOutages.isOutage(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseOutages.isOutage(new IllegalStateException("no state"))).isFalse();
    }

    @Test
    void shouldEndOnACircleOfCauses() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.addSuppressed(second);

        assertThat(DatabaseOutages.isOutage(second)).isFalse();
    }
}
