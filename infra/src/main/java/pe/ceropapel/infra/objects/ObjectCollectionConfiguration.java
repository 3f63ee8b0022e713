package pe.ceropapel.infra.objects;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import pe.ceropapel.storage.ObjectStorage;

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
            JdbcTemplate jdbc, TransactionTemplate transaction, MeterRegistry meters,
            @Value("${ceropapel.objects.grace-period:PT24H}") Duration grace) {
        return new UnreferencedObjectCollector(storage, claims, jdbc, transaction, grace, meters);
    }

    @Bean
    RecurringTask<Void> unreferencedObjectCollection(UnreferencedObjectCollector collector,
            @Value("${ceropapel.objects.collection-interval:PT6H}") Duration interval) {
        return Tasks.recurring(COLLECTION_TASK, Schedules.fixedDelay(interval))
                .execute((instance, context) -> collector.collect());
    }
}
