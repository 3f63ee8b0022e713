package pe.ceropapel.command.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.util.FileSystemUtils;

/** Private temporary directories for work on PDFs, always removed afterwards. */
final class Workspaces {

    private Workspaces() {
    }

    interface Task<T> {
        T run(Path workspace) throws IOException;
    }

    static <T> T in(String prefix, Task<T> task) {
        Path workspace = null;
        try {
            workspace = Files.createTempDirectory(prefix);
            return task.run(workspace);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(workspace);
        }
    }

    private static void delete(Path workspace) {
        try {
            FileSystemUtils.deleteRecursively(workspace);
        } catch (IOException e) {
            // the temporary directory is left for the operating system to clean
        }
    }
}
