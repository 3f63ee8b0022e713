package pe.ceropapel.infra.objects;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.infra.config.CeroPapelProperties;

/**
 * The collector of unreferenced objects as a db-scheduler recurring task, which exactly one instance
 * runs at a time ({@code ceropapel.objects.collection-interval}, default every 6 hours; objects nobody
 * claimed for {@code ceropapel.objects.grace-period}, default 24 hours).
 */
@Configuration(proxyBeanMethods = false)
class ObjectCollectionConfiguration {

    static final String COLLECTION_TASK = "collect-unreferenced-objects";

    @Bean
    UnreferencedObjectCollector unreferencedObjectCollector(ObjectStorage storage, ObjectClaims claims,
            JdbcTemplate jdbc, TransactionTemplate transaction, MeterRegistry meters, CeroPapelProperties properties) {
        return new UnreferencedObjectCollector(storage, claims, jdbc, transaction, properties.objects().gracePeriod(),
                meters);
    }

    @Bean
    RecurringTask<Void> unreferencedObjectCollection(UnreferencedObjectCollector collector,
                                                     CeroPapelProperties properties) {
        return Tasks.recurring(COLLECTION_TASK, Schedules.fixedDelay(properties.objects().collectionInterval()))
                .execute((instance, context) -> collector.collect());
    }
}
