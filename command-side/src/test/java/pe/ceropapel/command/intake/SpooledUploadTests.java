package pe.ceropapel.command.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpooledUploadTests {

    private final byte[] bytes = new byte[300_000];

    SpooledUploadTests() {
        new Random(26).nextBytes(bytes);
    }

    @Test
    void shouldKeepAStreamInAPrivateDirectoryWithTheDigestAndSizeOfItsBytes() throws Exception {
        Path file;
        try (SpooledUpload upload = SpooledUpload.of(IncomingFile.of("informe.pdf", new ByteArrayInputStream(bytes)))) {
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
    void shouldHashAFileThatArrivedWithoutItsDigest() throws Exception {
        try (SpooledUpload upload = SpooledUpload.of(arrived(null))) {
            assertThat(upload.sha256()).isEqualTo(sha256(bytes));
            assertThat(upload.size()).isEqualTo(bytes.length);
        }
    }

    @Test
    void shouldTakeTheDigestComputedWhileAFileArrivedInsteadOfReadingItAgain() throws Exception {
        String received = "0".repeat(64);
        try (SpooledUpload upload = SpooledUpload.of(arrived(received))) {
            assertThat(upload.sha256()).isEqualTo(received);
            assertThat(upload.size()).isEqualTo(bytes.length);
            assertThat(Files.readAllBytes(upload.file())).isEqualTo(bytes);
        }
    }

    /** The bytes as an adapter hands them over, with the digest it computed (here: one they do not have). */
    private IncomingFile arrived(String sha256) {
        return new IncomingFile() {
            @Override
            public String name() {
                return "informe.pdf";
            }

            @Override
            public String writeTo(Path target) throws java.io.IOException {
                Files.write(target, bytes);
                return sha256;
            }
        };
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
