package pe.ceropapel.frontend.signature;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import pe.ceropapel.frontend.FrontendProperties;

/**
 * Who may have the development TSA stamp: the application itself, which reaches it over loopback
 * when it signs (the default {@code ceropapel.signature.tsa-url}), and the addresses or networks of
 * {@code ceropapel.pki.tsa-clients} (e.g. {@code 10.0.0.0/8}), together at most
 * {@code ceropapel.pki.tsa-requests-per-minute} stamps a minute. Nobody else: a time-stamp is a
 * signed statement of the entity's development PKI, not a public service.
 */
@Component
class TimeStampClients {

    private static final long MINUTE_NANOS = 60_000_000_000L;

    private final List<IpAddressMatcher> configured;
    private final int perMinute;
    private long windowStart = System.nanoTime();
    private int inWindow;

    TimeStampClients(FrontendProperties settings) {
        List<String> clients = settings.pki().tsaClients();
        int perMinute = settings.pki().tsaRequestsPerMinute();
        this.configured = clients.stream().filter(client -> !client.isBlank()).map(String::strip)
                .map(IpAddressMatcher::new).toList();
        this.perMinute = perMinute;
    }

    /** Whether {@code address} may be stamped for now; a configured client counts against the limit. */
    boolean admit(String address) {
        if (isLoopback(address)) {
            return true;
        }
        return configured.stream().anyMatch(matcher -> matcher.matches(address)) && withinLimit();
    }

    private synchronized boolean withinLimit() {
        long now = System.nanoTime();
        if (now - windowStart >= MINUTE_NANOS) {
            windowStart = now;
            inWindow = 0;
        }
        return ++inWindow <= perMinute;
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
