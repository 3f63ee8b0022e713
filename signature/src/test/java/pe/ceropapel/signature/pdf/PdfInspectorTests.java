package pe.ceropapel.signature.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfInspectorTests {

    private final PdfInspector inspector = new PdfInspector();

    @TempDir
    Path dir;

    private Path file(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "in", ".bin"), bytes);
    }

    @Test
    void shouldCountThePagesOfAValidPdf() throws Exception {
        PdfFacts facts = inspector.inspect(file(TestPdfs.withPages("Uno", "Dos", "Tres")));

        assertThat(facts.pages()).isEqualTo(3);
    }

    @Test
    void shouldRefuseAnEmptyFile() throws Exception {
        Path empty = file(new byte[0]);

        assertThatThrownBy(() -> inspector.inspect(empty))
                .isInstanceOfSatisfying(PdfRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(PdfRejectedException.Reason.EMPTY));
    }

    @Test
    void shouldRefuseAFileThatIsNotAPdfWhateverItsName() throws Exception {
        Path text = file("Esto no es un PDF, aunque se llame informe.pdf".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> inspector.inspect(text))
                .isInstanceOfSatisfying(PdfRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(PdfRejectedException.Reason.NOT_PDF));
    }

    @Test
    void shouldRefuseATruncatedPdf() throws Exception {
        Path truncated = file(TestPdfs.truncated("Informe incompleto"));

        assertThatThrownBy(() -> inspector.inspect(truncated))
                .isInstanceOfSatisfying(PdfRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(PdfRejectedException.Reason.DAMAGED));
    }

    @Test
    void shouldRefuseAPdfWithAHeaderButGarbageInside() throws Exception {
        Path garbage = file("%PDF-1.7\nnot really a pdf\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> inspector.inspect(garbage))
                .isInstanceOfSatisfying(PdfRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(PdfRejectedException.Reason.DAMAGED));
    }

    @Test
    void shouldRefuseAPasswordProtectedPdf() throws Exception {
        Path locked = file(TestPdfs.passwordProtected("secreto", "Confidencial"));

        assertThatThrownBy(() -> inspector.inspect(locked))
                .isInstanceOfSatisfying(PdfRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(PdfRejectedException.Reason.ENCRYPTED));
    }

    @Test
    void shouldRefuseAPdfEncryptedWithAnEmptyUserPassword() throws Exception {
        Path encrypted = file(TestPdfs.passwordProtected("", "Solo lectura"));

        assertThatThrownBy(() -> inspector.inspect(encrypted))
                .isInstanceOfSatisfying(PdfRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(PdfRejectedException.Reason.ENCRYPTED));
    }
}
