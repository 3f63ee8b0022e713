package pe.ceropapel.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextsTests {

    @ParameterizedTest
    @ValueSource(strings = {"Calibración de balanzas", "Línea uno\nLínea dos\r\n\tsangría", "<script>alert(1)</script>",
            "Ñandú 🇵🇪 €"})
    void shouldAcceptWhatAPersonTypesMarkupIncluded(String text) {
        assertThat(PlainTexts.isPlain(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"informe\u202Efdp.exe", "pa\u200Dgo", "pa\u200Bgo", "nulo\u0000", "campana\u0007",
            "escape\u001B[31m", "mitad \uD800 de un par", "borrar\u007F", "\uFEFFmarca"})
    void shouldRefuseControlFormatAndLoneSurrogateCharacters(String text) {
        assertThat(PlainTexts.isPlain(text)).isFalse();
    }
}
