package pe.ceropapel.frontend.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import pe.ceropapel.frontend.problem.PageRequests;
import pe.ceropapel.frontend.FrontendProperties;

/**
 * Limits each client to a number of requests per minute on the public endpoints (citizen portal,
 * verification), with a token bucket per client address as {@link ForwardedClientFilter} resolved it
 * (per /64 for IPv6, one for all of loopback: see {@link ClientKeys}); past it they get 429 with a
 * Spanish problem detail, or a browser the page
 * that says so. Counting is per instance: behind a load balancer the limit applies on each instance.
 */
@Component
class PublicRateLimitFilter extends OncePerRequestFilter {

    static final String PUBLIC_PATHS = "/api/public/";
    /** The citizen's pages, open to anyone like the public API. */
    private static final List<String> PUBLIC_PAGES = List.of("/verificar", "/consulta", "/mesa-de-partes");
    /** Beyond this many clients, the buckets of those seen least recently are forgotten. */
    private static final int MAX_TRACKED_CLIENTS = 100_000;

    private final TokenBuckets buckets;
    private final FilterProblem refusal;

    PublicRateLimitFilter(FrontendProperties settings, MessageSource messages) {
        this.buckets = new TokenBuckets(settings.publicAccess().requestsPerMinute(), Duration.ofMinutes(1), MAX_TRACKED_CLIENTS);
        String detail = messages.getMessage("problem.too-many-requests", null, Locale.forLanguageTag("es-PE"));
        this.refusal = FilterProblem.of(429, "too-many-requests", "Too many requests", detail);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !path.startsWith(PUBLIC_PATHS) && PUBLIC_PAGES.stream().noneMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (buckets.take(ClientKeys.of(request.getRemoteAddr())) == 0) {
            chain.doFilter(request, response);
            return;
        }
        if (PageRequests.wantsPage(request)) {
            response.setHeader("Retry-After", "60");
            PageRequests.sendErrorPage(request, response, 429, null);
            return;
        }
        refusal.answer(response, 60);
    }
}
