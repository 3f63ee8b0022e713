package pe.ceropapel.frontend.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseCodesTests {

    @Test
    void shouldTakeATrackingCodeWithOrWithoutItsDash() {
        assertThat(CaseCodes.trackingCode("20260000169")).isEqualTo("2026-0000169");
        assertThat(CaseCodes.trackingCode(" 2026 0000169 ")).isEqualTo("2026-0000169");
        assertThat(CaseCodes.trackingCode("2026-0000169")).isEqualTo("2026-0000169");
        assertThat(CaseCodes.trackingCode("2026-00001")).isEqualTo("2026-00001");
    }

    @Test
    void shouldTakeAnAccessKeyInAnyCase() {
        assertThat(CaseCodes.accessKey("xu98jm8tte")).isEqualTo("XU98JM8TTE");
        assertThat(CaseCodes.accessKey(" XU98 jm8-TTE ")).isEqualTo("XU98JM8TTE");
    }
}
