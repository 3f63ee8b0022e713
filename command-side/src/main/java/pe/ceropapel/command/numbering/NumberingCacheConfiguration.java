package pe.ceropapel.command.numbering;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps numbering series loaded between commands. A series grows by one event per number (a year's
 * case files are one series), so loading it from its events would cost more with every number. A
 * series cached here may be stale when another instance took a number meanwhile: the event store's
 * unique key refuses the append, the entry is evicted with the rolled-back unit of work, and the
 * command is sent again on the fresh state.
 */
@Configuration(proxyBeanMethods = false)
class NumberingCacheConfiguration {

    static final String NAME = "numberingSeriesCache";

    @Bean(NAME)
    Cache numberingSeriesCache() {
        return new WeakReferenceCache();
    }
}
