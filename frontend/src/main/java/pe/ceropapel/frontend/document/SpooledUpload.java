package pe.ceropapel.frontend.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.web.multipart.MultipartFile;
import pe.ceropapel.frontend.multipart.DigestedFile;
import pe.ceropapel.storage.HashingInputStream;

/**
 * An upload in a temporary file of a private directory (only this process's user may enter it), hashed,
 * so that it can be parsed and streamed to storage without holding it in memory. Closing removes both.
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

    /** Copies the stream once, hashing it on the way. */
    static SpooledUpload of(InputStream content) throws IOException {
        Path file = newFile();
        try (HashingInputStream hashing = new HashingInputStream(content)) {
            long size = Files.copy(hashing, file);
            return new SpooledUpload(file, hashing.sha256(), size);
        } catch (IOException | RuntimeException e) {
            remove(file);
            throw e;
        }
    }

    /**
     * A file of a multipart request: the multipart resolver's temporary copy is moved here (only a
     * small part held in memory is written). Its digest is the one computed while it was received; a
     * file from elsewhere is hashed as it is read once.
     */
    static SpooledUpload of(MultipartFile part) throws IOException {
        Path file = newFile();
        try {
            part.transferTo(file.toFile());
            if (part instanceof DigestedFile digested) {
                return new SpooledUpload(file, digested.sha256(), digested.getSize());
            }
            try (HashingInputStream hashing = new HashingInputStream(Files.newInputStream(file))) {
                long size = hashing.transferTo(OutputStream.nullOutputStream());
                return new SpooledUpload(file, hashing.sha256(), size);
            }
        } catch (IOException | RuntimeException e) {
            remove(file);
            throw e;
        }
    }

    /** Where the upload goes: the directory is created owner-only, whatever the moved file's permissions. */
    private static Path newFile() throws IOException {
        return Files.createTempDirectory("ceropapel-upload-").resolve("content.bin");
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
        remove(file);
    }

    private static void remove(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.getParent());
    }
}
