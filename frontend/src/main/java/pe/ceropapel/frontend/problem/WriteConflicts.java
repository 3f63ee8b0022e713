package pe.ceropapel.frontend.problem;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.axonframework.modelling.command.ConcurrencyException;

/** Recognises a write that lost a race: a concurrent append to the same aggregate, or a unique key. */
public final class WriteConflicts {

    /** SQLSTATE of a unique constraint violation (SQL standard, PostgreSQL). */
    private static final String UNIQUE_VIOLATION = "23505";

    private WriteConflicts() {
    }

    /** Any conflict: worth sending the command again on the new state. */
    public static boolean isConflict(Throwable failure) {
        return causes(failure, ConcurrencyException.class::isInstance) || violatesUniqueness(failure);
    }

    /**
     * A unique constraint refused the write: the event store's (aggregate, sequence) key when an
     * aggregate id is reused, or a constraint of a projection written in the command's transaction.
     */
    public static boolean violatesUniqueness(Throwable failure) {
        return causes(failure, cause -> cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()));
    }

    /**
     * Whether {@code failure}, any of its causes or any exception suppressed along the way passes
     * {@code test} (a transaction whose rollback failed too keeps the first failure as suppressed).
     */
    static boolean causes(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.push(failure);
        while (!pending.isEmpty()) {
            Throwable next = pending.pop();
            if (!seen.add(next)) {
                continue;
            }
            if (test.test(next)) {
                return true;
            }
            if (next.getCause() != null) {
                pending.push(next.getCause());
            }
            List.of(next.getSuppressed()).forEach(pending::push);
        }
        return false;
    }
}
