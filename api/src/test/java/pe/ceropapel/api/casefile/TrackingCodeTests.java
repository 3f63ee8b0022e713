package pe.ceropapel.api.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrackingCodeTests {

    @Test
    void shouldFormatYearCorrelativeAndCheckDigit() {
        String code = TrackingCode.of(2026, 421);

        assertThat(code).matches("2026-000421\\d");
        assertThat(TrackingCode.isValid(code)).isTrue();
    }

    @Test
    void shouldComputeLuhnsCheckDigit() {
        // the classic Luhn example: 7992739871 has check digit 3
        assertThat(TrackingCode.checkDigit("7992739871")).isEqualTo(3);
    }

    @Test
    void shouldRecogniseEverySingleDigitTypo() {
        String code = TrackingCode.of(2026, 4217);
        for (int position = 0; position < code.length(); position++) {
            if (code.charAt(position) == '-') {
                continue;
            }
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == code.charAt(position)) {
                    continue;
                }
                String typo = code.substring(0, position) + digit + code.substring(position + 1);
                assertThat(TrackingCode.isValid(typo)).as(typo).isFalse();
            }
        }
    }

    @Test
    void shouldRefuseMalformedCodes() {
        assertThat(TrackingCode.isValid(null)).isFalse();
        assertThat(TrackingCode.isValid("2026-421")).isFalse();
        assertThat(TrackingCode.isValid("2026-000421x")).isFalse();
        assertThat(TrackingCode.isValid("' OR 1=1 --")).isFalse();
    }

    @Test
    void shouldRefuseNumbersOutOfRange() {
        assertThatThrownBy(() -> TrackingCode.of(2026, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrackingCode.of(2026, 1_000_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
