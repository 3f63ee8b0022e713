package pe.ceropapel.command.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A certificate names its holder's DNI as the serial number of its subject, in the forms Peru's authorities use. */
class SignerCertificatesTests {

    @ParameterizedTest
    @CsvSource({
            "'CN=Juan Pérez, SERIALNUMBER=PNOPE-40000001, C=PE', true",
            "'CN=Juan Pérez, SERIALNUMBER=DNI:40000001, C=PE', true",
            "'CN=Juan Pérez, SERIALNUMBER=40000001, C=PE', true",
            "'CN=Juan Pérez, SERIALNUMBER=PNOPE-40000002, C=PE', false",
            "'CN=Juan Pérez 40000001, C=PE', false",
            "'CN=Juan Pérez, SERIALNUMBER=jperez, C=PE', false"})
    void shouldFindTheHoldersDniOnlyInTheSubjectsSerialNumber(String subject, boolean names) throws Exception {
        assertThat(SignerCertificates.namesDni(selfSigned(subject), "40000001")).isEqualTo(names);
    }

    private static X509Certificate selfSigned(String subject) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Instant now = Instant.now();
        return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(new X500Name(subject),
                BigInteger.ONE, Date.from(now), Date.from(now.plus(Duration.ofDays(1))), new X500Name(subject),
                keys.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }
}
