package pe.ceropapel.frontend.multipart;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerExceptionResolver;
import pe.ceropapel.frontend.problem.PageRequests;
import pe.ceropapel.frontend.problem.ProblemMessages;

/**
 * Resolves a page's multipart form before Spring Security looks for its CSRF token among the form's
 * fields (the servlet container no longer parses multipart bodies). The REST API's multipart requests
 * carry no CSRF token: the dispatcher resolves them after authentication. A body past its limits or
 * malformed gets the same problem answer as on the API, or, for a browser, the error page that says it.
 */
final class PageMultipartFilter extends OncePerRequestFilter {

    private final StreamingMultipartResolver resolver;
    private final HandlerExceptionResolver problems;
    private final ProblemMessages messages;

    PageMultipartFilter(StreamingMultipartResolver resolver, HandlerExceptionResolver problems,
                        ProblemMessages messages) {
        this.resolver = resolver;
        this.problems = problems;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/") || !resolver.isMultipart(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        MultipartHttpServletRequest form;
        try {
            form = resolver.resolveMultipart(request);
        } catch (MultipartException refused) {
            if (PageRequests.wantsPage(request)) {
                ProblemDetail problem = messages.problemOf(refused);
                PageRequests.sendErrorPage(request, response, problem.getStatus(), problem.getDetail());
                return;
            }
            if (problems.resolveException(request, response, null, refused) == null) {
                throw refused;
            }
            return;
        }
        try {
            chain.doFilter(form, response);
        } finally {
            resolver.cleanupMultipart(form);
        }
    }
}
