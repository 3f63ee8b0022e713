package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The directory API on the real engines: an administrator manages offices and people; rules hold. */
class DirectoryIntegrationTests extends EmbeddedApplicationTestBase {

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcTemplate jdbc;

    private TestRestTemplate admin() {
        return http.withBasicAuth("admin", "demo");
    }

    @Test
    void shouldRefuseAnOversizedJsonBodyBeforeReadingItAndChangeNothing() {
        String name = "Oficina " + "x".repeat(2 * 1024 * 1024);
        ResponseEntity<Map> answer = admin().postForEntity("/api/offices",
                Map.of("code", "INACAL/GRANDE", "name", name), Map.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(answer.getBody()).containsEntry("type", "urn:ceropapel:problem:too-large");
        assertThat((String) answer.getBody().get("detail")).startsWith("La solicitud es demasiado grande");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, "INACAL/GRANDE")).isZero();
    }

    @Test
    void shouldLetAnAdministratorBuildAnOfficeWithItsHead() {
        assertThat(admin().postForEntity("/api/offices",
                Map.of("code", "INACAL/OTI", "name", "Oficina de Tecnologías de la Información"), Void.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(admin().postForEntity("/api/people", Map.of("username", "tvargas", "fullName", "Teresa Vargas",
                "dni", "45678912", "officeCode", "INACAL/OTI", "roles", List.of()), Void.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<Map> notAHead = put("/api/office-heads/INACAL/OTI", Map.of("username", "tvargas"));
        assertThat(notAHead.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(notAHead.getBody()).containsEntry("type", "urn:ceropapel:problem:rule-violated");

        assertThat(put("/api/people/tvargas/assignment", Map.of("officeCode", "INACAL/OTI", "roles", List.of("HEAD")))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(put("/api/office-heads/INACAL/OTI", Map.of("username", "tvargas")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(put("/api/offices/INACAL/OTI", Map.of("name", "Oficina de Tecnologías de la Información y Comunicaciones"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        List<Map<String, Object>> offices = http.withBasicAuth("mquispe", "demo").getForObject("/api/offices", List.class);
        assertThat(offices).anySatisfy(office -> assertThat(office)
                .containsEntry("code", "INACAL/OTI")
                .containsEntry("name", "Oficina de Tecnologías de la Información y Comunicaciones")
                .containsEntry("headUsername", "tvargas"));
        assertThat(admin().getForObject("/api/offices/INACAL/OTI", Map.class)).containsEntry("headUsername", "tvargas");
        assertThat(admin().getForObject("/api/people/tvargas", Map.class)).containsEntry("officeCode", "INACAL/OTI");
        assertThat(admin().getForEntity("/api/people/nadie", Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        List<Map<String, Object>> people = admin().getForObject("/api/people?office=INACAL/OTI", List.class);
        assertThat(people).singleElement().satisfies(person -> assertThat(person)
                .containsEntry("username", "tvargas").containsEntry("active", true)
                .containsEntry("roles", List.of("EMPLOYEE", "HEAD")).doesNotContainKey("dni"));

        String metadata = jdbc.queryForObject("SELECT convert_from(metadata, 'UTF8') FROM domainevententry "
                + "WHERE aggregateidentifier = 'INACAL/OTI' AND sequencenumber = 0", String.class);
        assertThat(metadata).contains("\"user\":\"admin\"");
    }

    @Test
    void shouldLetRegisteredPeopleLogInUntilTheyAreDeactivated() {
        admin().postForEntity("/api/offices", Map.of("code", "INACAL/OCM", "name", "Oficina de Comunicaciones"),
                Void.class);
        assertThat(admin().postForEntity("/api/people", Map.of("username", "nlopez", "fullName", "Nora López",
                "dni", "47894561", "officeCode", "INACAL/OCM", "roles", List.of("ADMIN")), Void.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        TestRestTemplate nora = http.withBasicAuth("nlopez", "demo");

        assertThat(nora.getForEntity("/api/offices", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(nora.postForEntity("/api/offices", Map.of("code", "INACAL/OCM2", "name", "Prensa"), Void.class)
                .getStatusCode()).as("the directory's ADMIN role counts").isEqualTo(HttpStatus.CREATED);

        assertThat(admin().exchange("/api/people/nlopez", HttpMethod.DELETE, null, Void.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(nora.getForEntity("/api/offices", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldRefuseDirectoryChangesByOtherPeopleWith403() {
        ResponseEntity<Map> response = http.withBasicAuth("mquispe", "demo").postForEntity("/api/offices",
                Map.of("code", "INACAL/XX", "name", "Oficina no autorizada"), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).containsEntry("type", "urn:ceropapel:problem:forbidden");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM directory_office WHERE code = 'INACAL/XX'", Long.class))
                .isZero();
    }

    @Test
    void shouldRefuseASecondOfficeWithTheSameCodeWith409() {
        Map<String, String> office = Map.of("code", "INACAL/OCI", "name", "Órgano de Control Institucional");
        assertThat(admin().postForEntity("/api/offices", office, Void.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<Map> again = admin().postForEntity("/api/offices", office, Map.class);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).containsEntry("type", "urn:ceropapel:problem:already-exists");
    }

    @Test
    void shouldRefuseAPersonWithTheDniOfAnother() {
        admin().postForEntity("/api/offices", Map.of("code", "INACAL/ORH", "name", "Oficina de Recursos Humanos"), Void.class);
        admin().postForEntity("/api/people", Map.of("username", "pdiaz", "fullName", "Pedro Díaz", "dni", "41112223",
                "officeCode", "INACAL/ORH", "roles", List.of()), Void.class);

        ResponseEntity<Map> twin = admin().postForEntity("/api/people", Map.of("username", "pdiaz2", "fullName",
                "Pedro Díaz", "dni", "41112223", "officeCode", "INACAL/ORH", "roles", List.of()), Map.class);

        assertThat(twin.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM directory_person WHERE dni = '41112223'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void shouldNameTheInvalidFieldsOfAPerson() {
        ResponseEntity<Map> response = admin().postForEntity("/api/people", Map.of("username", "X", "fullName", "",
                "dni", "123", "officeCode", "INACAL/DM", "roles", List.of()), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, String>>) response.getBody().get("errors"))
                .extracting(error -> error.get("field"))
                .containsExactlyInAnyOrder("username", "fullName", "dni");
    }

    @Test
    void shouldAnswer404WhenRenamingAnUnknownOffice() {
        ResponseEntity<Map> response = put("/api/offices/INACAL/NOEXISTE", Map.of("name", "Nada"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<Map> put(String path, Map<String, ?> body) {
        return admin().exchange(path, HttpMethod.PUT, new HttpEntity<>(body), Map.class);
    }
}
