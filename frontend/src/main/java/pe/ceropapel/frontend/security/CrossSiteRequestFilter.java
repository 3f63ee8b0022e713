package pe.ceropapel.frontend.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an API request that would change something when a browser says it comes from another
 * site ({@code Sec-Fetch-Site: cross-site} or {@code same-site}, or an {@code Origin} other than
 * ours): a browser attaches HTTP Basic credentials it remembers to any request, so a page elsewhere
 * could otherwise act for the person (even with a "simple" {@code text/plain} form, which needs no
 * CORS preflight). API clients (curl, programs) send neither header; bearer tokens are never
 * attached by a browser on its own, so they pass.
 */
final class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OTHER_SITES = Set.of("cross-site", "same-site");

    private final FilterProblem refusal;

    CrossSiteRequestFilter(FilterProblem refusal) {
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE.contains(request.getMethod()) || hasBearerToken(request) || !fromAnotherSite(request)) {
            chain.doFilter(request, response);
            return;
        }
        refusal.answer(response);
    }

    private static boolean hasBearerToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    private static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && OTHER_SITES.contains(site.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origin.strip().equalsIgnoreCase(ownOrigin(request));
    }

    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = port == ("https".equalsIgnoreCase(scheme) ? 443 : 80);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
