package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Puts offices and people into the directory through the API, tolerating ones that exist already. */
final class TestDirectory {

    private final TestRestTemplate admin;

    TestDirectory(TestRestTemplate http) {
        this.admin = http.withBasicAuth("admin", "demo");
    }

    TestDirectory office(String code, String name) {
        HttpStatus status = HttpStatus.valueOf(admin.postForEntity("/api/offices",
                Map.of("code", code, "name", name), Void.class).getStatusCode().value());
        assertThat(status).isIn(HttpStatus.CREATED, HttpStatus.CONFLICT);
        return this;
    }

    TestDirectory person(String username, String dni, String office, String... roles) {
        ResponseEntity<String> answer = admin.postForEntity("/api/people", Map.of("username", username,
                "fullName", "Persona " + username, "dni", dni, "officeCode", office, "roles", List.of(roles)),
                String.class);
        assertThat(HttpStatus.valueOf(answer.getStatusCode().value())).as(answer.getBody())
                .isIn(HttpStatus.CREATED, HttpStatus.CONFLICT);
        return this;
    }

    TestDirectory head(String office, String username) {
        assertThat(admin.exchange("/api/office-heads/" + office, HttpMethod.PUT,
                new HttpEntity<>(Map.of("username", username)), Void.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        return this;
    }
}
