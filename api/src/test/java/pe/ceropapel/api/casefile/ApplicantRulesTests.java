package pe.ceropapel.api.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicantRulesTests {

    @ParameterizedTest
    @ValueSource(strings = {"rosa.diaz@gmail.com", "mesa_partes@inacal.gob.pe", "a@b.pe"})
    void shouldAcceptAnEmailAddress(String address) {
        assertThat(EmailAddresses.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "rosa", "rosa@", "@inacal.gob.pe", "rosa@inacal", "rosa@inacal.p", "rosa díaz@x.pe",
            "a@b@c.pe"})
    void shouldRefuseWhatIsNotAnEmailAddress(String address) {
        assertThat(EmailAddresses.isValid(address)).isFalse();
    }

    @Test
    void shouldRefuseAnAddressPastItsLimits() {
        assertThat(EmailAddresses.isValid("x".repeat(64) + "@inacal.gob.pe")).isTrue();
        assertThat(EmailAddresses.isValid("x".repeat(65) + "@inacal.gob.pe")).as("local part over 64").isFalse();
        assertThat(EmailAddresses.isValid("rosa@" + "d".repeat(193) + ".pe")).as("201 characters").isFalse();
        assertThat(EmailAddresses.isValid(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10456789012", "15456789012", "17456789012", "20519752515"})
    void shouldAcceptARucOfAnyOfItsKinds(String ruc) {
        assertThat(IdentityDocumentType.RUC.accepts(ruc)).isTrue();
        assertThat(IdentityDocumentType.DNI.accepts(ruc)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "123456789", "4000000A", "30519752515", "2051975251"})
    void shouldRefuseANumberOfTheWrongShape(String number) {
        assertThat(IdentityDocumentType.DNI.accepts(number)).isFalse();
        assertThat(IdentityDocumentType.RUC.accepts(number)).isFalse();
        assertThat(IdentityDocumentType.DNI.accepts("40000001")).isTrue();
        assertThat(IdentityDocumentType.DNI.accepts(null)).isFalse();
    }
}
