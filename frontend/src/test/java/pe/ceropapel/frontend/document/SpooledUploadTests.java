package pe.ceropapel.frontend.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import pe.ceropapel.frontend.multipart.DigestedFile;

class SpooledUploadTests {

    private final byte[] bytes = new byte[300_000];

    SpooledUploadTests() {
        new Random(26).nextBytes(bytes);
    }

    @Test
    void shouldKeepAFileOfAMultipartRequestWithTheDigestAndSizeOfItsBytes() throws Exception {
        Path file;
        try (SpooledUpload upload = SpooledUpload.of(new MockMultipartFile("file", "informe.pdf", "application/pdf", bytes))) {
            file = upload.file();

            assertThat(upload.sha256()).isEqualTo(sha256(bytes));
            assertThat(upload.size()).isEqualTo(bytes.length);
            assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
            assertThat(Files.getPosixFilePermissions(file.getParent()))
                    .as("only this process's user may enter the upload's directory")
                    .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        }
        assertThat(file).doesNotExist();
        assertThat(file.getParent()).doesNotExist();
    }

    @Test
    void shouldSpoolAStreamWithTheSameDigestAndSizeAsTheSameBytesInAMultipartFile() throws Exception {
        try (SpooledUpload fromStream = SpooledUpload.of(new ByteArrayInputStream(bytes));
             SpooledUpload fromPart = SpooledUpload.of(new MockMultipartFile("file", bytes))) {
            assertThat(fromStream.sha256()).isEqualTo(fromPart.sha256());
            assertThat(fromStream.size()).isEqualTo(fromPart.size());
        }
    }

    @Test
    void shouldTakeTheDigestComputedWhileAFileWasReceivedInsteadOfReadingItAgain() throws Exception {
        String received = "0".repeat(64);
        try (SpooledUpload upload = SpooledUpload.of(new ReceivedPdf(bytes, received))) {
            assertThat(upload.sha256()).isEqualTo(received);
            assertThat(upload.size()).isEqualTo(bytes.length);
            assertThat(Files.readAllBytes(upload.file())).isEqualTo(bytes);
        }
    }

    /** A file whose digest the multipart resolver computed (here: a digest its bytes do not have). */
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

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
