package pe.ceropapel.frontend.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import pe.ceropapel.storage.HashingInputStream;

/**
 * An upload copied once to a private temporary file, hashed on the way, so that it can be parsed
 * and then streamed to storage without holding it in memory. Closing removes the file.
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
