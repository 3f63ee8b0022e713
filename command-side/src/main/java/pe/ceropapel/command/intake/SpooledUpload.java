package pe.ceropapel.command.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * Writes the file once; its digest is the one computed while it arrived, or, when none was, the
     * file is hashed as it is read once.
     */
    static SpooledUpload of(IncomingFile incoming) throws IOException {
        Path file = newFile();
        try {
            String sha256 = incoming.writeTo(file);
            if (sha256 != null) {
                return new SpooledUpload(file, sha256, Files.size(file));
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
