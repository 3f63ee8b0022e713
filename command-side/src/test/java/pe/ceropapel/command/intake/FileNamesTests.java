package pe.ceropapel.command.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTests {

    @Test
    void shouldKeepAnOrdinarySpanishName() {
        assertThat(FileNames.sanitize("Anexo N° 1 - Certificación.pdf")).isEqualTo("Anexo N° 1 - Certificación.pdf");
    }

    @Test
    void shouldDropEveryDirectoryPart() {
        assertThat(FileNames.sanitize("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitize("C:\\Users\\x\\informe.docx")).isEqualTo("informe.docx");
    }

    @Test
    void shouldReplaceControlAndBidiCharacters() {
        assertThat(FileNames.sanitize("fact\u202Ercp.exe")).isEqualTo("fact_rcp.exe");
        assertThat(FileNames.sanitize("a\u0000b\nc.txt")).isEqualTo("a_b_c.txt");
    }

    @Test
    void shouldNotStartWithADot() {
        assertThat(FileNames.sanitize("..hidden")).isEqualTo("hidden");
    }

    @Test
    void shouldFallBackWhenNothingIsLeft() {
        assertThat(FileNames.sanitize(null)).isEqualTo("anexo");
        assertThat(FileNames.sanitize("///")).isEqualTo("anexo");
    }

    @Test
    void shouldKeepTheEndOfAVeryLongName() {
        String name = FileNames.sanitize("x".repeat(500) + ".pdf");

        assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith(".pdf");
    }
}
