package pe.ceropapel.api.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentReferenceTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MEMORANDO N° 000004-2026-INACAL/DM | MEMORANDO N° 000004-2026-INACAL/DM",
            "memorando nº 4-2026-INACAL/DM      | MEMORANDO N° 000004-2026-INACAL/DM",
            "Memorando No. 000004 - 2026        | MEMORANDO N° 000004-2026*",
            "N° 000004-2026                     | *000004-2026*",
            "000004-2026                        | *000004-2026*",
            "000004                             | *000004-*",
            "123                                | *000123-*"})
    void shouldReadANumberWholeOrInPart(String typed, String pattern) {
        assertThat(DocumentReference.numberPattern(typed)).contains(pattern);
    }

    @ParameterizedTest
    @ValueSource(strings = {"calibración de balanzas", "12", "2026-0000169", "informe 2026 de balanzas", ""})
    void shouldNotTakeWordsOrACaseCodeForANumber(String typed) {
        assertThat(DocumentReference.numberPattern(typed)).isEmpty();
    }

    @Test
    void shouldReadACaseCodeWithOrWithoutItsDash() {
        assertThat(DocumentReference.caseCode("2026-0000169")).contains("2026-0000169");
        assertThat(DocumentReference.caseCode(" 20260000169 ")).contains("2026-0000169");
        assertThat(DocumentReference.caseCode("2026 - 0000169")).contains("2026-0000169");
        assertThat(DocumentReference.caseCode("000004-2026")).isEmpty();
        assertThat(DocumentReference.caseCode(null)).isEmpty();
    }
}
