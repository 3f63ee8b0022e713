package pe.ceropapel.command.directory;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.ceropapel.api.interop.PartnerEntityRegisteredEvent;
import pe.ceropapel.api.interop.PartnerEntityRevokedEvent;
import pe.ceropapel.api.interop.RegisterPartnerEntityCommand;
import pe.ceropapel.api.interop.RevokePartnerEntityCommand;
import pe.ceropapel.api.interop.Transport;
import pe.ceropapel.api.rules.IllegalTransitionException;
import pe.ceropapel.api.rules.InvalidValueException;
import pe.ceropapel.signature.request.SignedRequests;

class PartnerTests {

    private static String pem;

    /** A fresh self-signed certificate: registration only reads it. */
    @BeforeAll
    static void certificate() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Entidad de prueba");
        Instant now = Instant.now();
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                name, BigInteger.ONE, Date.from(now), Date.from(now.plusSeconds(86_400)), name, keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
        pem = SignedRequests.pem(certificate);
    }

    private AggregateTestFixture<Partner> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Partner.class);
    }

    @Test
    void shouldRefuseARucWithoutElevenDigits() {
        fixture.givenNoPriorActivity()
               .when(new RegisterPartnerEntityCommand("2099999999", "Entidad", "https://entidad.gob.pe/",
                       Transport.CERO_PAPEL, pem, "admin"))
               .expectException(InvalidValueException.class)
               .expectExceptionMessage("a RUC has 11 digits");
    }

    @Test
    void shouldRefuseAnEndpointThatIsNotHttp() {
        fixture.givenNoPriorActivity()
               .when(new RegisterPartnerEntityCommand("20999999991", "Entidad", "file:///etc/passwd",
                       Transport.CERO_PAPEL, pem, "admin"))
               .expectExceptionMessage("the endpoint must be an http or https URL");
    }

    @Test
    void shouldRefuseWhatIsNotACertificate() {
        fixture.givenNoPriorActivity()
               .when(new RegisterPartnerEntityCommand("20999999991", "Entidad", "https://entidad.gob.pe/",
                       Transport.PIDE_SOAP, "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----", "admin"))
               .expectExceptionMessage("the seal certificate must be an X.509 certificate in PEM");
    }

    @Test
    void shouldRegisterAnEntityWithItsSealCertificate() {
        fixture.givenNoPriorActivity()
               .when(new RegisterPartnerEntityCommand("20999999991", " Entidad ", " https://entidad.gob.pe/ ",
                       Transport.PIDE_SOAP, pem, "admin"))
               .expectEvents(new PartnerEntityRegisteredEvent("20999999991", "Entidad", "https://entidad.gob.pe/",
                       Transport.PIDE_SOAP, pem.strip(), "admin"));
    }

    @Test
    void shouldRevokeOnceAndReactivateByRegisteringAgain() {
        PartnerEntityRegisteredEvent registered = new PartnerEntityRegisteredEvent("20999999991", "Entidad",
                "https://entidad.gob.pe/", Transport.CERO_PAPEL, pem.strip(), "admin");
        fixture.given(registered)
               .when(new RevokePartnerEntityCommand("20999999991", "Convenio vencido", "admin"))
               .expectEvents(new PartnerEntityRevokedEvent("20999999991", "Convenio vencido", "admin"));
        new AggregateTestFixture<>(Partner.class)
               .given(registered, new PartnerEntityRevokedEvent("20999999991", "Convenio vencido", "admin"))
               .when(new RevokePartnerEntityCommand("20999999991", "Otra vez", "admin"))
               .expectException(IllegalTransitionException.class);
        new AggregateTestFixture<>(Partner.class)
               .given(registered, new PartnerEntityRevokedEvent("20999999991", "Convenio vencido", "admin"))
               .when(new RegisterPartnerEntityCommand("20999999991", "Entidad", "https://entidad.gob.pe/",
                       Transport.CERO_PAPEL, pem, "admin"))
               .expectEvents(registered);
    }
}
