package pe.ceropapel.frontend.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;
import pe.ceropapel.command.intake.IncomingFile;
import pe.ceropapel.frontend.multipart.DigestedFile;

class UploadedPartsTests {

    private final byte[] bytes = "%PDF-1.7 contenido".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @TempDir
    Path directory;

    @Test
    void shouldHandOverAPartWithTheNameItsSenderGaveIt() throws Exception {
        IncomingFile file = UploadedParts.of(new MockMultipartFile("file", "Informe N° 1.pdf", "application/pdf", bytes));
        Path target = directory.resolve("content.bin");

        String digest = file.writeTo(target);

        assertThat(file.name()).isEqualTo("Informe N° 1.pdf");
        assertThat(Files.readAllBytes(target)).isEqualTo(bytes);
        assertThat(digest).as("a part from elsewhere comes without a digest: the intake hashes it").isNull();
    }

    @Test
    void shouldHandOverTheDigestComputedWhileThePartWasReceived() throws Exception {
        String received = "0".repeat(64);
        IncomingFile file = UploadedParts.of(new ReceivedPdf(bytes, received));

        assertThat(file.writeTo(directory.resolve("content.bin"))).isEqualTo(received);
    }

    /** A part whose digest the multipart resolver computed (here: a digest its bytes do not have). */
    private static final class ReceivedPdf extends MockMultipartFile implements DigestedFile {

        private final String sha256;

        ReceivedPdf(byte[] bytes, String sha256) {
            super("file", "informe.pdf", "application/pdf", bytes);
            this.sha256 = sha256;
        }

        @Override
        public String sha256() {
            return sha256;
        }
    }
}
