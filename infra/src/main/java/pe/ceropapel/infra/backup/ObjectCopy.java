package pe.ceropapel.infra.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import pe.ceropapel.storage.ObjectStorage;
import pe.ceropapel.storage.Sha256;

/**
 * Copies every object that an event refers to (PDFs, annexes, receipts: immutable and named by their
 * SHA-256) to files named by their digest, each verified on the way out and again on the way in.
 */
final class ObjectCopy {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final JdbcTemplate jdbc;
    private final ObjectStorage storage;

    ObjectCopy(JdbcTemplate jdbc, ObjectStorage storage) {
        this.jdbc = jdbc;
        this.storage = storage;
    }

    /** Answers how many objects were copied. */
    int dump(Path directory) throws IOException {
        Files.createDirectories(directory);
        Map<String, String> objects = ReferencedObjects.in(jdbc);
        for (Map.Entry<String, String> object : objects.entrySet()) {
            try (InputStream in = storage.open(object.getValue(), object.getKey())) {
                Files.copy(in, directory.resolve(object.getKey()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return objects.size();
    }

    /** Stores every copied object again; answers how many. */
    int restore(Path directory) throws IOException {
        int count = 0;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                String sha256 = file.getFileName().toString();
                if (!Sha256.isHex(sha256)) {
                    throw new IOException("not a backed-up object: " + file);
                }
                try (InputStream in = Files.newInputStream(file)) {
                    storage.put(in, Files.size(file), sha256, isPdf(file) ? "application/pdf" : "application/octet-stream");
                }
                count++;
            }
        }
        return count;
    }

    private static boolean isPdf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(PDF.length), PDF);
        }
    }
}
