package pe.ceropapel.command.numbering;

import org.axonframework.common.caching.Cache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps numbering series loaded between commands. A series grows by one event per number (a year's
 * case files are one series), so loading it from its events would cost more with every number. The
 * entries are held strongly: a cache of weak references lost them at every garbage collection, and
 * the year's case-file series was then replayed again (25 ms per registration after a few thousand
 * numbers). An entity has a few hundred series a year (office, type, year); past the maximum, the
 * least recently used one is loaded from its events when it is next needed. A series cached here may
 * be stale when another instance took a number meanwhile: the event store's unique key refuses the
 * append, the entry is evicted with the rolled-back unit of work, and the command is sent again on
 * the fresh state.
 */
@Configuration(proxyBeanMethods = false)
class NumberingCacheConfiguration {

    static final String NAME = "numberingSeriesCache";
    private static final int MAX_SERIES = 2_000;

    @Bean(NAME)
    Cache numberingSeriesCache() {
        return new LeastRecentlyUsedCache(MAX_SERIES);
    }
}
