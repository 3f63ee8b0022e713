package pe.ceropapel.signature.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.sevenz.SevenZMethod;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;

/**
 * The 7z archives of a batch signature, as Firma Perú's client takes and returns them: flat, one PDF
 * per document. PDFs are stored without further compression (their streams are compressed already).
 */
public final class PdfArchives {

    /** More entries than a batch may hold, or one larger than this, is refused before it is written out. */
    public static final int MAX_ENTRIES = 500;
    private static final long MAX_ENTRY_SIZE = 256L * 1024 * 1024;

    private PdfArchives() {
    }

    public static Path pack(Map<String, Path> files, Path archive) throws IOException {
        try (SevenZOutputFile out = new SevenZOutputFile(archive.toFile())) {
            out.setContentCompression(SevenZMethod.COPY);
            for (Map.Entry<String, Path> file : files.entrySet()) {
                SevenZArchiveEntry entry = out.createArchiveEntry(file.getValue().toFile(), file.getKey());
                out.putArchiveEntry(entry);
                out.write(file.getValue());
                out.closeArchiveEntry();
            }
        }
        return archive;
    }

    /** The archive's files by name (without any directory part), written into {@code directory}. */
    public static Map<String, Path> unpack(Path archive, Path directory) throws IOException {
        Files.createDirectories(directory);
        Map<String, Path> files = new LinkedHashMap<>();
        try (SevenZFile in = SevenZFile.builder().setFile(archive.toFile()).get()) {
            SevenZArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = Path.of(entry.getName()).getFileName().toString();
                if (files.size() >= MAX_ENTRIES || entry.getSize() > MAX_ENTRY_SIZE || files.containsKey(name)) {
                    throw new IOException("the archive holds more, larger or repeated files than a batch");
                }
                Path target = directory.resolve("entry-" + files.size() + ".pdf");
                try (InputStream content = in.getInputStream(entry)) {
                    Files.copy(content, target);
                }
                files.put(name, target);
            }
        }
        return files;
    }
}
