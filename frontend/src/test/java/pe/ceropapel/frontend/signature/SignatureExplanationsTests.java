package pe.ceropapel.frontend.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import pe.ceropapel.frontend.web.LimaDates;
import pe.ceropapel.signature.pades.SignatureReport;
import pe.ceropapel.signature.pades.SignerTrust;

/** The Spanish reason given for a signature's verdict, with the application's own message bundle. */
class SignatureExplanationsTests {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-05T15:00:00Z"), ZoneOffset.UTC);
    /** A RENIEC chain as INDECOPI's list vouches for it: an official's certificate expired in 2021. */
    private static final SignerTrust RENIEC = new SignerTrust(List.of("QUISPE MAMANI Ana FAU 20519752515 hard",
            "ECEP-RENIEC CA Class 3", "ECEP-RENIEC", "ECERNEP PERU CA ROOT 3"), "ECEP-RENIEC CA Class 3",
            Instant.parse("2021-05-17T20:00:00Z"), "ECERNEP PERU CA ROOT 3",
            "REGISTRO NACIONAL DE IDENTIFICACIÓN Y ESTADO CIVIL",
            "CERTIFICADOS DIGITALES EMITIDOS POR ECEP BAJO LA JERARQUÍA ECERNEP PERU CA ROOT 3");

    private final SignatureExplanations explanations = new SignatureExplanations(bundle(), new LimaDates(), TODAY);

    @Test
    void shouldSayARenieCSignatureWithoutTimeStampCannotOutliveItsCertificate() {
        SignatureReport signature = signature("INDETERMINATE", "OUT_OF_BOUNDS_NO_POE", true, null, RENIEC);

        assertThat(explanations.explain(signature).explanation()).isEqualTo("Firma íntegra. Certificado emitido por "
                + "ECEP-RENIEC CA Class 3, reconocido en la lista de confianza de INDECOPI. El certificado venció el "
                + "17/05/2021 y la firma no tiene sello de tiempo que pruebe que se firmó antes.");
    }

    @Test
    void shouldSayAPassedSignatureFromOurOwnRootIsValid() {
        SignerTrust own = new SignerTrust(List.of("Ana Quispe", "Cero Papel CA", "Cero Papel Root"), "Cero Papel CA",
                Instant.parse("2028-01-01T00:00:00Z"), "Cero Papel Root", null, null);

        assertThat(explanations.explain(signature("TOTAL_PASSED", null, true, Instant.now(TODAY), own)).explanation())
                .isEqualTo("Firma íntegra. Certificado emitido por Cero Papel CA, de la infraestructura de firma de "
                        + "la entidad. La firma es válida.");
    }

    @Test
    void shouldSayAChangedDocumentAndAnUnknownIssuer() {
        SignerTrust unknown = new SignerTrust(List.of("Impostor", "Otra CA"), "Otra CA",
                Instant.parse("2028-01-01T00:00:00Z"), null, null, null);

        assertThat(explanations.explain(signature("TOTAL_FAILED", "HASH_FAILURE", false, null, unknown)).explanation())
                .isEqualTo("Firma alterada: el documento cambió después de firmarse o la firma no corresponde al "
                        + "certificado. Certificado emitido por Otra CA, que no figura en la lista de confianza de "
                        + "INDECOPI ni entre las raíces de confianza de la entidad. El contenido firmado fue "
                        + "modificado después de la firma.");
    }

    @Test
    void shouldNameAnUnmappedSubIndication() {
        SignerTrust current = new SignerTrust(RENIEC.chain(), RENIEC.issuer(), Instant.parse("2028-01-01T00:00:00Z"),
                RENIEC.trustedAnchor(), RENIEC.trustServiceProvider(), RENIEC.trustService());

        assertThat(explanations.explain(signature("INDETERMINATE", "CUSTOM", true, null, current))
                .explanation()).endsWith("No se pudo comprobar la firma (CUSTOM).");
    }

    private static SignatureReport signature(String indication, String subIndication, boolean intact,
                                             Instant timeStamp, SignerTrust trust) {
        return new SignatureReport("S-1", trust.chain().get(0), Instant.parse("2020-08-12T15:00:00Z"), timeStamp,
                "PAdES-BASELINE-B", indication, subIndication, true, intact, null, trust);
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        return messages;
    }
}
