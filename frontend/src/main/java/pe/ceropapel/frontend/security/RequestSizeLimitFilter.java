package pe.ceropapel.frontend.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import pe.ceropapel.frontend.FrontendProperties;

/**
 * Refuses, before anything reads it, a request body other than a file upload that is larger than
 * any form or JSON of the application needs (uploads have their own limit): 413 with a Spanish
 * problem detail; a body sent without a declared length fails the same way once it goes past the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    /** Messages from other entities carry PDFs in their bodies: they have a limit of their own. */
    private static final String INTEROP = "/api/interop/";

    private final Limit forms;
    private final Limit interop;

    RequestSizeLimitFilter(FrontendProperties settings, MessageSource messages) {
        String detail = messages.getMessage("problem.body-too-large", null, Locale.forLanguageTag("es-PE"));
        this.forms = Limit.of(settings.api().maxBodySize().toBytes(), detail);
        this.interop = Limit.of(settings.interop().maxMessageSize().toBytes(), detail);
    }

    /** A limit and the problem that answers a body past it. */
    private record Limit(long maxBytes, FilterProblem refusal) {

        static Limit of(long maxBytes, String detail) {
            return new Limit(maxBytes, FilterProblem.of(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "too-large",
                    "Request too large", detail, "maxBytes", maxBytes));
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Limit limit = request.getRequestURI().startsWith(INTEROP) ? interop : forms;
        if (request.getContentLengthLong() > limit.maxBytes()) {
            limit.refusal().answer(response);
            return;
        }
        chain.doFilter(new BoundedRequest(request, limit.maxBytes()), response);
    }
}
