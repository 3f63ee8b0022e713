package pe.ceropapel.frontend.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Answers 404 for a path with a segment longer than any identifier or code of ours (ids are UUIDs,
 * codes a few characters): nothing can be named so, and Elasticsearch refuses ids over 512 bytes,
 * which would otherwise surface as an internal error.
 */
@Configuration(proxyBeanMethods = false)
class OverlongPathSegments implements WebMvcConfigurer, HandlerInterceptor {

    /** Counted percent-encoded, so at most this many bytes in UTF-8 (Elasticsearch allows 512 for an id). */
    static final int MAX_SEGMENT = 128;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String path = request.getRequestURI();
        int start = 0;
        while (start <= path.length()) {
            int end = path.indexOf('/', start);
            end = end < 0 ? path.length() : end;
            if (end - start > MAX_SEGMENT) {
                throw new NotFoundException("path segment of", (end - start) + " characters");
            }
            start = end + 1;
        }
        return true;
    }
}
