package pe.ceropapel.command.numbering;

import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import java.net.URI;
import java.util.OptionalLong;
import java.util.UUID;
import javax.cache.CacheManager;
import javax.cache.Caching;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.JCacheAdapter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps numbering series loaded between commands. A series grows by one event per number (a year's
 * case files are one series), so loading it from its events would cost more with every number. The
 * entries are held strongly, by reference (Caffeine through JCache, in Axon's {@link JCacheAdapter}):
 * a cache of weak references lost them at every garbage collection, and the year's case-file series
 * was then replayed again (25 ms per registration after a few thousand numbers). An entity has a few
 * hundred series a year (office, type, year); past the maximum, a series seldom used is loaded from
 * its events when it is next needed. A series cached here may be stale when another instance took a
 * number meanwhile: the event store's unique key refuses the append, the entry is evicted with the
 * rolled-back unit of work, and the command is sent again on the fresh state.
 */
@Configuration(proxyBeanMethods = false)
class NumberingCacheConfiguration {

    static final String NAME = "numberingSeriesCache";
    static final int MAX_SERIES = 2_000;

    /** This application context's own cache manager (two in one JVM do not share it), closed with it. */
    @Bean(destroyMethod = "close")
    CacheManager numberingCacheManager() {
        return Caching.getCachingProvider(CaffeineCachingProvider.class.getName())
                .getCacheManager(URI.create("ceropapel:numbering:" + UUID.randomUUID()), getClass().getClassLoader());
    }

    @Bean(NAME)
    Cache numberingSeriesCache(CacheManager numberingCacheManager) {
        CaffeineConfiguration<Object, Object> configuration = new CaffeineConfiguration<>();
        configuration.setMaximumSize(OptionalLong.of(MAX_SERIES));
        configuration.setStoreByValue(false);
        return new JCacheAdapter(numberingCacheManager.createCache(NAME, configuration));
    }
}
