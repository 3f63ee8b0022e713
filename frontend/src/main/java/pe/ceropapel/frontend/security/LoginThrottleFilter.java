package pe.ceropapel.frontend.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops a login attempt, before its password is looked at, while {@link LoginThrottle} holds its
 * username or address back: HTTP Basic gets 429 with {@code Retry-After} and a Spanish problem
 * detail; the login form goes back to the login page, which says why and for how long.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    static final String LOGIN_PAGE = "/ingresar";
    /** The login page's parameter that says the attempt was held back. */
    static final String LOCKED = "bloqueado";

    private final LoginThrottle throttle;
    private final FilterProblem refusal;

    LoginThrottleFilter(LoginThrottle throttle, FilterProblem refusal) {
        this.throttle = throttle;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = isFormLogin(request);
        String username = form ? request.getParameter("username") : basicUsername(request);
        long wait = username == null ? 0 : throttle.secondsUntilAllowed(username, request.getRemoteAddr());
        if (wait == 0) {
            chain.doFilter(request, response);
        } else if (form) {
            response.setHeader("Retry-After", Long.toString(wait));
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?" + LOCKED);
        } else {
            refusal.answer(response, wait);
        }
    }

    private static boolean isFormLogin(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && (request.getContextPath() + LOGIN_PAGE).equals(request.getRequestURI());
    }

    private static String basicUsername(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(header.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon < 0 ? null : credentials.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
