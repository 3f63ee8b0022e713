package pe.ceropapel.frontend.security;

import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import pe.ceropapel.frontend.FrontendProperties;

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

    LoginThrottle(FrontendProperties settings) {
        FrontendProperties.Login login = settings.security().login();
        this.byUsername = new TokenBuckets(login.failuresPerUsername(), login.period(), MAX_TRACKED);
        this.byAddress = new TokenBuckets(login.failuresPerAddress(), login.period(), MAX_TRACKED);
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
