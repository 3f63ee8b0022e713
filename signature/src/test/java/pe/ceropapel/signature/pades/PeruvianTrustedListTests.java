package pe.ceropapel.signature.pades;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Peru's list as shipped (INDECOPI, 2026-06-30), loaded offline from the seeded cache: DSS's trusted
 * list machinery takes its anchors, and its signature is checked against INDECOPI's certificates
 * under a policy that tolerates its SHA-1 reference.
 */
class PeruvianTrustedListTests {

    private static final Clock BEFORE_NEXT_UPDATE = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
    private static final Clock AFTER_NEXT_UPDATE = Clock.fixed(Instant.parse("2027-01-15T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void shouldLoadTheShippedListOfflineWithRenieCsRootsAndAValidSignature() throws Exception {
        TrustedList list = shipped(PeruvianTrustedList.shippedCopy(), BEFORE_NEXT_UPDATE);

        assertThat(list.loadCached()).isBetween(65, 75);
        assertThat(anchorNames(list)).contains("ECERNEP PERU CA ROOT 3", "ECEP-RENIEC");
        TrustedListStatus status = list.status();
        assertThat(status.sequenceNumber()).isEqualTo(25);
        assertThat(status.issuedAt().truncatedTo(ChronoUnit.SECONDS)).isEqualTo(Instant.parse("2026-06-30T16:05:59Z"));
        assertThat(status.nextUpdate()).isAfter(Instant.parse("2026-12-29T00:00:00Z"));
        assertThat(status.signature()).isEqualTo(TrustedListStatus.ListSignature.VALID);
        assertThat(status.signedBy()).isEqualTo("TSL Suscriptor");
        assertThat(status.expired()).isFalse();
        assertThat(status.providers()).hasSize(32);
        assertThat(status.providers().stream().mapToInt(provider -> provider.services().size()).sum()).isEqualTo(72);
        assertThat(status.providers()).flatExtracting(TrustedListStatus.Provider::services)
                .extracting(TrustedListStatus.Service::name)
                .anyMatch(name -> name.contains("ECERNEP PERU CA ROOT 3"));
    }

    @Test
    void shouldStillUseTheShippedListAfterItsNextUpdateButReportItExpired() throws Exception {
        TrustedList list = shipped(PeruvianTrustedList.shippedCopy(), AFTER_NEXT_UPDATE);

        assertThat(list.loadCached()).isBetween(65, 75);
        assertThat(list.status().expired()).isTrue();
        assertThat(list.status().sound()).isFalse();
    }

    @Test
    void shouldReportATamperedListAsBadlySignedAndStillUseIt() throws Exception {
        String original = new String(PeruvianTrustedList.shippedCopy(), StandardCharsets.UTF_8);
        String tampered = original.replaceFirst("LIMA01", "LIMA02");
        assertThat(tampered).isNotEqualTo(original);
        TrustedList list = shipped(tampered.getBytes(StandardCharsets.UTF_8), BEFORE_NEXT_UPDATE);

        assertThat(list.loadCached()).isBetween(65, 75);
        assertThat(list.status().signature()).isEqualTo(TrustedListStatus.ListSignature.INVALID);
    }

    @Test
    void shouldUseThe2018ListSignedByItsFormerSignerButReportItExpired() throws Exception {
        X509Certificate signer2017;
        try (InputStream in = resource("/trust/indecopi-tsl-signer-2017.der")) {
            signer2017 = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        byte[] list2018;
        try (InputStream in = resource("/trust/tsl-pe-2018-11-29.xml")) {
            list2018 = in.readAllBytes();
        }
        TrustedList list = new TrustedList(PeruvianTrustedList.URL, List.of(signer2017),
                Files.createTempDirectory(Path.of("target"), "tsl-pe-2018"), list2018, BEFORE_NEXT_UPDATE);

        assertThat(list.loadCached()).isGreaterThan(40);
        assertThat(anchorNames(list)).contains("ECERNEP PERU CA ROOT 3");
        assertThat(list.status().nextUpdate()).isBefore(Instant.parse("2019-06-01T00:00:00Z"));
        assertThat(list.status().expired()).isTrue();
        assertThat(list.status().sound()).isFalse();
    }

    private static InputStream resource(String path) {
        return PeruvianTrustedListTests.class.getResourceAsStream(path);
    }

    private static TrustedList shipped(byte[] seed, Clock clock) throws Exception {
        return new TrustedList(PeruvianTrustedList.URL, PeruvianTrustedList.indecopiCertificates(),
                Files.createTempDirectory(Path.of("target"), "tsl-pe"), seed, clock);
    }

    private static List<String> anchorNames(TrustedList list) {
        return list.anchors().getCertificates().stream()
                .map(certificate -> certificate.getSubject().getPrincipal().getName())
                .flatMap(subject -> List.of(subject.split(",")).stream())
                .filter(part -> part.startsWith("CN="))
                .map(part -> part.substring(3))
                .toList();
    }
}
