package pe.ceropapel.frontend.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.web.multipart.MultipartFile;
import pe.ceropapel.storage.HashingInputStream;

/**
 * An upload in a private temporary file, hashed, so that it can be parsed and streamed to storage
 * without holding it in memory. Closing removes the file.
 */
final class SpooledUpload implements AutoCloseable {

    private final Path file;
    private final String sha256;
    private final long size;

    private SpooledUpload(Path file, String sha256, long size) {
        this.file = file;
        this.sha256 = sha256;
        this.size = size;
    }

    static SpooledUpload of(InputStream content) throws IOException {
        Path file = Files.createTempFile("ceropapel-upload-", ".bin");
        try (HashingInputStream hashing = new HashingInputStream(content)) {
            long size = Files.copy(hashing, file, StandardCopyOption.REPLACE_EXISTING);
            return new SpooledUpload(file, hashing.sha256(), size);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /**
     * A file of a multipart request: the servlet container's temporary copy is moved here (only a
     * small part held in memory is written), then hashed as it is read once.
     */
    static SpooledUpload of(MultipartFile part) throws IOException {
        Path file = Files.createTempFile("ceropapel-upload-", ".bin");
        try {
            part.transferTo(file.toFile());
            try (HashingInputStream hashing = new HashingInputStream(Files.newInputStream(file))) {
                long size = hashing.transferTo(OutputStream.nullOutputStream());
                return new SpooledUpload(file, hashing.sha256(), size);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    Path file() {
        return file;
    }

    String sha256() {
        return sha256;
    }

    long size() {
        return size;
    }

    InputStream open() throws IOException {
        return Files.newInputStream(file);
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
