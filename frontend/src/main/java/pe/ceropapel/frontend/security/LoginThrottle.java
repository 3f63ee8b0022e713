package pe.ceropapel.frontend.security;

import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords (HTTP Basic and the login form alike) per username and per client address:
 * past {@code ceropapel.security.login.failures-per-username} (5) or {@code failures-per-address} (20)
 * within {@code ceropapel.security.login.period} (5 minutes), that username or address may not try
 * again until the count has gone down, whatever password it sends. A successful login clears its
 * username's count.
 */
@Component
public class LoginThrottle {

    private static final long MAX_TRACKED = 100_000;

    private final TokenBuckets byUsername;
    private final TokenBuckets byAddress;

    LoginThrottle(@Value("${ceropapel.security.login.failures-per-username:5}") int perUsername,
                  @Value("${ceropapel.security.login.failures-per-address:20}") int perAddress,
                  @Value("${ceropapel.security.login.period:PT5M}") Duration period) {
        this.byUsername = new TokenBuckets(perUsername, period, MAX_TRACKED);
        this.byAddress = new TokenBuckets(perAddress, period, MAX_TRACKED);
    }

    /** The seconds until {@code username} may try to log in from {@code address}; 0 when now. */
    long secondsUntilAllowed(String username, String address) {
        return Math.max(byUsername.secondsUntilAvailable(normalized(username)),
                byAddress.secondsUntilAvailable(ClientKeys.of(address)));
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent failure) {
        Authentication attempt = failure.getAuthentication();
        if (attempt instanceof UsernamePasswordAuthenticationToken) {
            byUsername.take(normalized(attempt.getName()));
            if (attempt.getDetails() instanceof WebAuthenticationDetails details) {
                byAddress.take(ClientKeys.of(details.getRemoteAddress()));
            }
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent success) {
        if (success.getAuthentication() instanceof UsernamePasswordAuthenticationToken login) {
            byUsername.forget(normalized(login.getName()));
        }
    }

    private static String normalized(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
