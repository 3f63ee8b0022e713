package pe.ceropapel.frontend.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class FilterProblemTests {

    @Test
    void shouldAnswerAProblemDocumentWithItsStatusAndATextThatNeedsEscaping() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        FilterProblem.of(429, "too-many-requests", "Too many requests", "Espere un minuto: \"demasiadas\" consultas.\n")
                .answer(response, 60);

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("60");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        Map<String, Object> problem = json(response);
        assertThat(problem).isEqualTo(Map.of("type", "urn:ceropapel:problem:too-many-requests",
                "title", "Too many requests", "status", 429,
                "detail", "Espere un minuto: \"demasiadas\" consultas.\n"));
    }

    @Test
    void shouldCarryAMemberBesidesTheStandardOnes() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        FilterProblem.of(413, "too-large", "Request too large", "El envío es demasiado grande.", "maxBytes", 1_048_576L)
                .answer(response);

        Map<String, Object> problem = json(response);
        assertThat(problem.get("maxBytes")).isEqualTo(1_048_576);
        assertThat(problem.get("status")).isEqualTo(413);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(MockHttpServletResponse response) throws Exception {
        return new ObjectMapper().readValue(response.getContentAsByteArray(), Map.class);
    }
}
