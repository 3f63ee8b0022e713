package pe.ceropapel.infra.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import pe.ceropapel.signature.pades.TrustedList;
import pe.ceropapel.signature.pades.TrustedListStatus;

/**
 * Downloads the configured trusted list again a minute after start-up and then every day
 * (supervisory bodies publish changes at any time), and says in the log what the list in force is:
 * a list that is expired or not signed by its operator is still used, and reported as such.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${ceropapel.signature.trusted-list-url:x}'.isBlank()")
@EnableScheduling
class TrustedListRefresh {

    private static final Logger log = LoggerFactory.getLogger(TrustedListRefresh.class);

    private final TrustedList list;

    TrustedListRefresh(TrustedList list) {
        this.list = list;
    }

    @Scheduled(initialDelayString = "${ceropapel.signature.trusted-list-first-download:PT1M}",
            fixedDelayString = "${ceropapel.signature.trusted-list-refresh:PT24H}")
    void refresh() {
        try {
            list.refresh();
        } catch (RuntimeException e) {
            log.warn("The trusted list could not be refreshed; the last loaded one stays in force", e);
        }
        report(list.status());
    }

    static void report(TrustedListStatus status) {
        if (status.lastRefreshError() != null) {
            log.warn("The trusted list at {} could not be downloaded ({}); the cached one stays in force",
                    status.url(), status.lastRefreshError());
        }
        if (status.sound()) {
            log.info("The trusted list at {} (sequence {}, next update {}) makes {} certificates trusted",
                    status.url(), status.sequenceNumber(), status.nextUpdate(), status.trustAnchors());
        } else {
            log.warn("The trusted list at {} (sequence {}) is used but is not sound: signature {}, expired {} "
                            + "(next update {}); it makes {} certificates trusted", status.url(),
                    status.sequenceNumber(), status.signature(), status.expired(), status.nextUpdate(),
                    status.trustAnchors());
        }
    }
}
