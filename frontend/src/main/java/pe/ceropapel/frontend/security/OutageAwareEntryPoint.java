package pe.ceropapel.frontend.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import pe.ceropapel.frontend.problem.DatabaseOutages;

/**
 * Asks for credentials as HTTP Basic does, except when they could not be checked because the
 * database is unreachable: then 503 with a Spanish explanation, not a misleading 401.
 */
final class OutageAwareEntryPoint implements AuthenticationEntryPoint {

    private final BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
    private final FilterProblem outage;

    OutageAwareEntryPoint(String realm, MessageSource messages) {
        basic.setRealmName(realm);
        String detail = messages.getMessage("problem.database-unavailable", null, Locale.forLanguageTag("es-PE"));
        this.outage = FilterProblem.of(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "database-unavailable",
                "Database unavailable", detail);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (!DatabaseOutages.isOutage(failure)) {
            basic.commence(request, response, failure);
            return;
        }
        outage.answer(response);
    }
}
