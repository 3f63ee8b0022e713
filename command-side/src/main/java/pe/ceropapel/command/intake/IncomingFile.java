package pe.ceropapel.command.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import pe.ceropapel.storage.HashingInputStream;

/**
 * A file as it arrived, whatever brought it (a part of a web form, the bytes of a message from
 * another entity): its name as its sender gave it, and its content, written once where the intake
 * keeps it.
 */
public interface IncomingFile {

    /** The name its sender gave it; {@code null} when it came without one. */
    String name();

    /**
     * Writes the content to {@code target}, a file that does not exist yet, and answers its SHA-256
     * when that is known without reading the file again (computed while it arrived), else {@code null}.
     */
    String writeTo(Path target) throws IOException;

    /** A stream read once, hashed on the way. */
    static IncomingFile of(String name, InputStream content) {
        return new IncomingFile() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String writeTo(Path target) throws IOException {
                try (HashingInputStream hashing = new HashingInputStream(content)) {
                    Files.copy(hashing, target);
                    return hashing.sha256();
                }
            }
        };
    }
}
