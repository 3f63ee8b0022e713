package pe.ceropapel.frontend.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import pe.ceropapel.frontend.problem.PageRequests;

/**
 * Limits each client address to a number of requests per minute on the public endpoints (citizen
 * portal, verification), with a token bucket; past it they get 429 with a Spanish problem detail, or
 * a browser the page that says so.
 * Counting is per instance: behind a load balancer the limit applies on each instance.
 */
@Component
class PublicRateLimitFilter extends OncePerRequestFilter {

    static final String PUBLIC_PATHS = "/api/public/";
    /** The citizen's pages, open to anyone like the public API. */
    private static final List<String> PUBLIC_PAGES = List.of("/verificar", "/consulta", "/mesa-de-partes");
    /** Forget the buckets of idle addresses beyond this many, so that the map stays bounded. */
    private static final int MAX_TRACKED_ADDRESSES = 100_000;
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;
    private static final int TOO_MANY_REQUESTS = 429;

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perMinute;
    private final String body;

    PublicRateLimitFilter(@Value("${ceropapel.public.requests-per-minute:30}") int perMinute, MessageSource messages) {
        this.perMinute = perMinute;
        String detail = messages.getMessage("problem.too-many-requests", null, Locale.forLanguageTag("es-PE"));
        this.body = "{\"type\":\"urn:ceropapel:problem:too-many-requests\",\"title\":\"Too many requests\","
                + "\"status\":429,\"detail\":\"" + detail.replace("\"", "\\\"") + "\"}";
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !path.startsWith(PUBLIC_PATHS) && PUBLIC_PAGES.stream().noneMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (buckets.size() > MAX_TRACKED_ADDRESSES) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), address -> new Bucket(perMinute));
        if (bucket.tryTake(System.nanoTime())) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", "60");
        if (PageRequests.wantsPage(request)) {
            PageRequests.sendErrorPage(request, response, TOO_MANY_REQUESTS, null);
            return;
        }
        response.setStatus(TOO_MANY_REQUESTS);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }

    /** Refills continuously at {@code perMinute} tokens a minute, holding at most {@code perMinute}. */
    private static final class Bucket {

        private final int capacity;
        private double tokens;
        private long updated = System.nanoTime();

        Bucket(int capacity) {
            this.capacity = capacity;
            this.tokens = capacity;
        }

        synchronized boolean tryTake(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) * (double) capacity / NANOS_PER_MINUTE);
            updated = now;
            if (tokens < 1) {
                return false;
            }
            tokens--;
            return true;
        }
    }
}
