package pe.ceropapel.frontend.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;

/** A problem (RFC 9457) that a filter answers before any controller runs: status, type, title and Spanish detail. */
record FilterProblem(int status, String body) {

    static FilterProblem of(int status, String type, String title, String detail) {
        return new FilterProblem(status, "{\"type\":\"urn:ceropapel:problem:" + type + "\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"" + detail.replace("\"", "\\\"") + "\"}");
    }

    void answer(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }

    /** Answers with {@code Retry-After}: when the client may try again. */
    void answer(HttpServletResponse response, long retryAfterSeconds) throws IOException {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        answer(response);
    }
}
