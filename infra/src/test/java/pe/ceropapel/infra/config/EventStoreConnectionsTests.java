package pe.ceropapel.infra.config;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import pe.ceropapel.infra.embedded.EmbeddedPostgresServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The event store's connections, as a command's unit of work uses them (the append happens while the
 * unit of work prepares its commit), on a real PostgreSQL and connection pool: each connection is
 * returned to the pool exactly once. Returning it a second time, after the pool may have lent it to
 * another thread, corrupts that thread's state in the pool.
 */
class EventStoreConnectionsTests {

    @TempDir
    static Path dataDir;
    private static EmbeddedPostgresServer postgres;
    private static HikariDataSource pool;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgresServer.start(dataDir.resolve("postgres"), 0);
        pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.jdbcUrl());
        pool.setUsername(postgres.user());
        new JdbcTemplate(pool).execute("CREATE TABLE appended (id int)");
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        pool.close();
        postgres.close();
    }

    @Test
    void aCommittedUnitOfWorkReturnsItsConnectionOnce() {
        CountingDataSource dataSource = new CountingDataSource();

        unitOfWork(dataSource, 1).commit();

        assertThat(dataSource.closesPerConnection()).containsExactly(1);
        assertThat(appended(1)).isEqualTo(1);
    }

    @Test
    void aRolledBackUnitOfWorkReturnsItsConnectionOnceAndKeepsNothing() {
        CountingDataSource dataSource = new CountingDataSource();
        UnitOfWork<?> unitOfWork = unitOfWork(dataSource, 2);
        unitOfWork.onCommit(u -> {
            throw new IllegalStateException("refused after the append");
        });

        assertThatThrownBy(unitOfWork::commit).hasMessageContaining("refused after the append");
        assertThat(dataSource.closesPerConnection()).containsExactly(1);
        assertThat(appended(2)).isZero();
    }

    /** A unit of work in a Spring transaction that appends a row while preparing its commit. */
    private static UnitOfWork<?> unitOfWork(CountingDataSource dataSource, int id) {
        ConnectionProvider connections = new EventStorageConfiguration().connectionProvider(dataSource);
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(new SpringTransactionManager(new DataSourceTransactionManager(dataSource)));
        unitOfWork.onPrepareCommit(u -> {
            try (Connection connection = connections.getConnection();
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO appended VALUES (?)")) {
                insert.setInt(1, id);
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return unitOfWork;
    }

    private static int appended(int id) {
        return new JdbcTemplate(pool).queryForObject("SELECT count(*) FROM appended WHERE id = ?", Integer.class, id);
    }

    /** The pool, counting how often each connection it lends is closed. */
    private static final class CountingDataSource extends DelegatingDataSource {

        private final List<AtomicInteger> closes = new CopyOnWriteArrayList<>();

        CountingDataSource() {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection lent = super.getConnection();
            AtomicInteger closed = new AtomicInteger();
            closes.add(closed);
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            closed.incrementAndGet();
                        }
                        try {
                            return method.invoke(lent, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        List<Integer> closesPerConnection() {
            return closes.stream().map(AtomicInteger::get).toList();
        }
    }
}
