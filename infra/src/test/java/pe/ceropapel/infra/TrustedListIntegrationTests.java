package pe.ceropapel.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** Peru's trusted list as the application loads it at start-up (the shipped copy), shown to administrators only. */
class TrustedListIntegrationTests extends EmbeddedApplicationTestBase {

    @Autowired
    private TestRestTemplate http;

    @Test
    void shouldShowAdministratorsTheShippedPeruvianListWithItsSignatureAndProviders() {
        new TestDirectory(http).office("INACAL/DM", "Dirección de Metrología").person("mquispe", "20000002", "INACAL/DM");
        Map<String, Object> list = http.withBasicAuth("admin", "demo").getForObject("/api/admin/trusted-list", Map.class);

        assertThat(list).containsEntry("url", "https://iofe.indecopi.gob.pe/TSL/tsl-pe.xml")
                .containsEntry("sequenceNumber", 25).containsEntry("signature", "VALID")
                .containsEntry("signedBy", "TSL Suscriptor");
        assertThat((Integer) list.get("trustAnchors")).isBetween(65, 75);
        assertThat((List<Map<String, Object>>) list.get("providers")).hasSize(32);

        PageSession pages = new PageSession(http);
        String page = pages.get(pages.login("admin"), "/admin/confianza").getBody();
        assertThat(page).contains("Lista de confianza", "ECERNEP PERU CA ROOT 3", "Válida: firmada por INDECOPI");
        assertThat(http.withBasicAuth("mquispe", "demo").getForEntity("/api/admin/trusted-list", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
