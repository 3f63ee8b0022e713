package pe.ceropapel.frontend.multipart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import pe.ceropapel.storage.Sha256;

/**
 * A file part of a multipart request: held in memory up to a threshold, past it in a temporary file
 * that only this process's user may read (until {@link #delete()} or a {@link #transferTo} moves it).
 * Its digest is computed as it arrives, so that no one reads it again only to hash it.
 */
final class ReceivedFile implements DigestedFile {

    private static final int COPY_BUFFER = 64 * 1024;

    private final String name;
    private final String originalFilename;
    private final String contentType;
    private final long size;
    private final String sha256;
    private final byte[] bytes;
    private Path file;

    private ReceivedFile(String name, String originalFilename, String contentType, long size, String sha256,
                         byte[] bytes, Path file) {
        this.name = name;
        this.originalFilename = originalFilename;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.bytes = bytes;
        this.file = file;
    }

    /**
     * Reads a part's content: into memory while it is at most {@code threshold} bytes, then into a
     * temporary file; a part past {@code maxSize} is refused and leaves no file.
     */
    static ReceivedFile read(String name, String originalFilename, String contentType, InputStream content,
                             int threshold, long maxSize) throws IOException {
        ByteArrayOutputStream memory = new ByteArrayOutputStream();
        MessageDigest digest = Sha256.newDigest();
        byte[] buffer = new byte[COPY_BUFFER];
        long size = 0;
        OutputStream out = memory;
        Path file = null;
        try {
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                size += read;
                if (size > maxSize) {
                    throw new MaxUploadSizeExceededException(maxSize);
                }
                if (file == null && size > threshold) {
                    file = Files.createTempFile("ceropapel-part-", ".bin");
                    out = Files.newOutputStream(file);
                    memory.writeTo(out);
                }
                out.write(buffer, 0, read);
                digest.update(buffer, 0, read);
            }
            out.close();
            String sha256 = Sha256.hex(digest);
            return file == null
                    ? new ReceivedFile(name, originalFilename, contentType, size, sha256, memory.toByteArray(), null)
                    : new ReceivedFile(name, originalFilename, contentType, size, sha256, null, file);
        } catch (IOException | RuntimeException e) {
            out.close();
            if (file != null) {
                Files.deleteIfExists(file);
            }
            throw e;
        }
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getOriginalFilename() {
        return originalFilename;
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public String sha256() {
        return sha256;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public long getSize() {
        return size;
    }

    @Override
    public byte[] getBytes() throws IOException {
        return bytes != null ? bytes.clone() : Files.readAllBytes(storedFile());
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(storedFile());
    }

    @Override
    public void transferTo(File dest) throws IOException {
        transferTo(dest.toPath());
    }

    /** Moves the temporary file there (it is then gone from here), or writes the bytes held in memory. */
    @Override
    public void transferTo(Path dest) throws IOException {
        if (bytes != null) {
            Files.write(dest, bytes);
        } else {
            Files.move(storedFile(), dest, StandardCopyOption.REPLACE_EXISTING);
            file = null;
        }
    }

    /** Removes the temporary file, if there is one still. */
    void delete() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
            file = null;
        }
    }

    private Path storedFile() throws IOException {
        if (file == null) {
            throw new IOException("the part's file was moved to where it was transferred");
        }
        return file;
    }
}
