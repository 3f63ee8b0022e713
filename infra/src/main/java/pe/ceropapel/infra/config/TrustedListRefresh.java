package pe.ceropapel.infra.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import pe.ceropapel.signature.pades.TrustedList;

/** Downloads the configured trusted list again every day (supervisory bodies publish changes at any time). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ceropapel.signature.trusted-list-url")
@EnableScheduling
class TrustedListRefresh {

    private static final Logger log = LoggerFactory.getLogger(TrustedListRefresh.class);

    private final TrustedList list;

    TrustedListRefresh(TrustedList list) {
        this.list = list;
    }

    @Scheduled(initialDelayString = "PT24H", fixedDelayString = "${ceropapel.signature.trusted-list-refresh:PT24H}")
    void refresh() {
        try {
            log.info("The trusted list makes {} certificates trusted", list.refresh());
        } catch (RuntimeException e) {
            log.warn("The trusted list could not be refreshed; the last accepted one stays in force", e);
        }
    }
}
