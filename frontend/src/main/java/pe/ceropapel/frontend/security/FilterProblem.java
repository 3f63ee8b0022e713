package pe.ceropapel.frontend.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/**
 * A problem (RFC 9457) that a filter answers before any controller runs: a {@link ProblemDetail}
 * written by Jackson as Spring MVC writes it, once, when the filter is made.
 */
final class FilterProblem {

    private static final ObjectMapper JSON = new ObjectMapper().addMixIn(ProblemDetail.class,
            ProblemDetailJacksonMixin.class);

    private final int status;
    private final byte[] body;

    private FilterProblem(ProblemDetail problem) {
        this.status = problem.getStatus();
        try {
            this.body = JSON.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a problem detail that Jackson cannot write: " + problem, e);
        }
    }

    /** The problem {@code urn:ceropapel:problem:<type>}, with an English title and a Spanish detail. */
    static FilterProblem of(int status, String type, String title, String detail) {
        return new FilterProblem(detail(status, type, title, detail));
    }

    /** The same problem with one more member, e.g. the limit that was passed. */
    static FilterProblem of(int status, String type, String title, String detail, String member, Object value) {
        ProblemDetail problem = detail(status, type, title, detail);
        problem.setProperty(member, value);
        return new FilterProblem(problem);
    }

    private static ProblemDetail detail(int status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        problem.setType(URI.create("urn:ceropapel:problem:" + type));
        problem.setTitle(title);
        return problem;
    }

    void answer(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Answers with {@code Retry-After}: when the client may try again. */
    void answer(HttpServletResponse response, long retryAfterSeconds) throws IOException {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        answer(response);
    }
}
