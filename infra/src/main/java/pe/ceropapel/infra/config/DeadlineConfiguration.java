package pe.ceropapel.infra.config;

import org.axonframework.deadline.DeadlineManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Axon deadlines (such as derivation due dates) are rows of db-scheduler's table in PostgreSQL: they
 * survive restarts and exactly one instance fires each.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DeadlineConfiguration.class);

    /**
     * db-scheduler's Axon task finds the deadline manager by its concrete type, which Spring knows
     * only once the bean exists; without this an instance that has not scheduled a deadline itself
     * fails to fire the deadlines that other instances stored.
     */
    @Autowired
    void createDeadlineManagerAtStartup(DeadlineManager deadlineManager) {
        log.debug("Deadlines are managed by {}", deadlineManager.getClass().getSimpleName());
    }
}
