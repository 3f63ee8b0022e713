package pe.ceropapel.frontend.problem;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure because PostgreSQL could not be reached (stopped, restarting, no connection
 * free in time): nothing was written, and the same request may succeed in a moment.
 */
public final class DatabaseOutages {

    /** SQLSTATE class 08 (connection exception) and 57P (operator intervention: shutdown, starting up). */
    private static final String CONNECTION = "08";
    private static final String OPERATOR_INTERVENTION = "57P";

    private DatabaseOutages() {
    }

    public static boolean isOutage(Throwable failure) {
        return WriteConflicts.causes(failure, cause -> cause instanceof SQLTransientConnectionException
                || cause instanceof ConnectException
                || cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith(CONNECTION) || sql.getSQLState().startsWith(OPERATOR_INTERVENTION)));
    }
}
