package pe.ceropapel.infra.config;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event store's storage engine as Axon's JDBC auto-configuration makes it, except that each
 * event's timestamp is written by {@link EventTimestamps} (same text, a fraction of the CPU), and
 * its connections come from Spring's transaction alone.
 */
@Configuration(proxyBeanMethods = false)
class EventStorageConfiguration {

    /**
     * Axon's default wraps this provider in a {@code UnitOfWorkAwareConnectionProviderWrapper}, which
     * closes the connection once more when the unit of work is cleaned up, after Spring's transaction
     * has already returned it to the pool. By then the pool may have lent the same physical connection
     * to another thread, and HikariCP's second {@code close()} clears that connection's list of open
     * statements under the new borrower: one registration in about a million failed with an
     * {@code ArrayIndexOutOfBoundsException} in that list. Every unit of work here runs in a Spring
     * transaction (command bus, event processors, event store reads), so Spring alone holds the
     * connection for as long as the unit of work needs it, and releases it once.
     */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer snapshotSerializer, PersistenceExceptionResolver exceptions,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration axon, ConnectionProvider connections,
                                          TransactionManager transactions) {
        return new JdbcEventStorage(JdbcEventStorageEngine.builder()
                .snapshotSerializer(snapshotSerializer)
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(exceptions)
                .eventSerializer(eventSerializer)
                .snapshotFilter(axon.snapshotFilter())
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(new EventSchema()));
    }

    private static final class JdbcEventStorage extends JdbcEventStorageEngine {

        JdbcEventStorage(Builder builder) {
            super(builder);
        }

        @Override
        protected void writeTimestamp(PreparedStatement statement, int position, Instant timestamp)
                throws SQLException {
            statement.setString(position, EventTimestamps.format(timestamp));
        }
    }
}
