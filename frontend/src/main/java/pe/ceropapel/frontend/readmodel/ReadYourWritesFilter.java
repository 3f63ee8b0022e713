package pe.ceropapel.frontend.readmodel;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import pe.ceropapel.api.timeline.AwaitReadModelsQuery;
import pe.ceropapel.frontend.FrontendProperties;

/**
 * Read-your-writes on request: a client that sends {@value #HEADER} with a state-changing request
 * gets the answer only once the read models have handled every event stored before it (or after a
 * bounded wait), so that the page it loads next shows what it just did. The answer carries
 * {@value #HEADER}: {@code caught-up} or {@code timed-out}.
 */
@Component
class ReadYourWritesFilter extends OncePerRequestFilter {

    static final String HEADER = "Read-Your-Writes";

    private final QueryGateway queries;
    private final Duration timeout;

    ReadYourWritesFilter(QueryGateway queries, FrontendProperties settings) {
        this.queries = queries;
        this.timeout = settings.readYourWrites().timeout();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || HttpMethod.GET.matches(request.getMethod())
                || HttpMethod.HEAD.matches(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, buffered);
        if (buffered.getStatus() < HttpServletResponse.SC_BAD_REQUEST) {
            boolean caughtUp = queries.query(new AwaitReadModelsQuery(timeout), Boolean.class).join();
            buffered.setHeader(HEADER, caughtUp ? "caught-up" : "timed-out");
        }
        buffered.copyBodyToResponse();
    }
}
