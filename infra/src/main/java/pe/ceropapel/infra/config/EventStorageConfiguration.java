package pe.ceropapel.infra.config;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event store's storage engine as Axon's JDBC auto-configuration makes it, except that each
 * event's timestamp is written by {@link EventTimestamps} (same text, a fraction of the CPU).
 */
@Configuration(proxyBeanMethods = false)
class EventStorageConfiguration {

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
