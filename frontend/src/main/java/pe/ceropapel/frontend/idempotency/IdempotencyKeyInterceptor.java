package pe.ceropapel.frontend.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Set;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Reads the {@code Idempotency-Key} of a person's API request that changes something. Requests
 * from the public and from other entities have keys of their own (tracking codes, CUOs).
 */
class IdempotencyKeyInterceptor implements HandlerInterceptor {

    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Principal person = request.getUserPrincipal();
        if (person != null && CHANGING.contains(request.getMethod())) {
            IdempotentRequest.begin(request, person.getName());
        }
        return true;
    }
}
