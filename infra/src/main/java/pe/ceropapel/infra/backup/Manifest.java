package pe.ceropapel.infra.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import pe.ceropapel.storage.Sha256;

/**
 * A backup's {@value #FILE}: what it holds (tables and their rows, the counts a person checks: events,
 * documents, objects and bytes), what the installation's signatures rely on, the SHA-256 of every file
 * except the objects (named by their own SHA-256), and a {@value #DIGEST} over the whole backup: every
 * file's SHA-256 and path, then every other property of the manifest.
 */
final class Manifest {

    static final String FILE = "manifest.properties";
    static final String OBJECTS = "objects";
    static final String DIGEST = "digest";
    static final String FILE_PREFIX = "file.";

    private final Properties properties;

    Manifest() {
        this(new Properties());
    }

    private Manifest(Properties properties) {
        this.properties = properties;
    }

    static Manifest read(Path backup) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(backup.resolve(FILE), StandardCharsets.ISO_8859_1)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(backup.resolve(FILE).toString(), null, "not a backup: " + FILE + " is missing");
        }
        return new Manifest(properties);
    }

    String get(String key) {
        return properties.getProperty(key);
    }

    long count(String key) {
        String value = get(key);
        return value == null ? -1 : Long.parseLong(value);
    }

    void set(String key, Object value) {
        properties.setProperty(key, String.valueOf(value));
    }

    /** The properties whose keys start with {@code prefix}, by the rest of their keys. */
    Map<String, String> withPrefix(String prefix) {
        Map<String, String> found = new TreeMap<>();
        properties.stringPropertyNames().stream().filter(key -> key.startsWith(prefix))
                .forEach(key -> found.put(key.substring(prefix.length()), properties.getProperty(key)));
        return found;
    }

    /** Records the files' digests, their bytes and the digest over the whole backup, then stores the manifest. */
    void write(Path backup) throws IOException {
        Map<String, String> files = digestsOfFiles(backup);
        long bytes = 0;
        for (String path : files.keySet()) {
            bytes += Files.size(backup.resolve(path));
            if (!isObject(path)) {
                set(FILE_PREFIX + path, files.get(path));
            }
        }
        set("bytes", bytes);
        set(DIGEST, digest(files));
        try (OutputStream out = Files.newOutputStream(backup.resolve(FILE))) {
            properties.store(out, "Cero Papel backup");
        }
    }

    /** The digest over these files (path to SHA-256) and every property but the digest itself. */
    String digest(Map<String, String> files) {
        MessageDigest digest = Sha256.newDigest();
        files.forEach((path, sha256) -> digest.update((sha256 + "  " + path + "\n").getBytes(StandardCharsets.UTF_8)));
        withPrefix("").forEach((key, value) -> {
            if (!key.equals(DIGEST)) {
                digest.update((key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8));
            }
        });
        return Sha256.hex(digest);
    }

    /** Every file of the backup except the manifest, by its path relative to the backup ({@code /} separated), sorted. */
    static Map<String, String> digestsOfFiles(Path backup) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(backup)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                String path = backup.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                if (!path.equals(FILE)) {
                    files.put(path, Sha256.of(file));
                }
            }
        }
        return files;
    }

    static boolean isObject(String path) {
        return path.startsWith(OBJECTS + "/");
    }
}
