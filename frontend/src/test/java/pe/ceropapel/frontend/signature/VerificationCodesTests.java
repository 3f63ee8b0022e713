package pe.ceropapel.frontend.signature;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerificationCodesTests {

    @Test
    void shouldTakeAVerificationCodeWithOrWithoutDashesInAnyCase() {
        assertThat(VerifiableDocuments.normalize("abcd2345efgh6789")).isEqualTo("ABCD-2345-EFGH-6789");
        assertThat(VerifiableDocuments.normalize("abcd 2345-efgh 6789")).isEqualTo("ABCD-2345-EFGH-6789");
        assertThat(VerifiableDocuments.normalize("ABCD-2345-EFGH-6789")).isEqualTo("ABCD-2345-EFGH-6789");
    }

    @Test
    void shouldNameASignerByTheCommonNameOfTheirCertificate() {
        assertThat(SignatureExplanations.commonName("C=PE,O=INACAL,SERIALNUMBER=jperez,CN=Jorge Pérez Salazar"))
                .isEqualTo("Jorge Pérez Salazar");
        assertThat(SignatureExplanations.commonName("Jorge Pérez Salazar")).isEqualTo("Jorge Pérez Salazar");
    }
}
