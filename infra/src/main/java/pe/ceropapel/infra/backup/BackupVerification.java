package pe.ceropapel.infra.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@value #OPTION}{@code =<dir>}: re-reads a backup without restoring it. Every object must hold the
 * bytes its name (their SHA-256) promises, every other file the SHA-256 the manifest gives it, the
 * database files the rows the manifest counts, and the manifest's digest must match the whole backup.
 * Runs without starting anything; a restore runs it first too.
 */
public final class BackupVerification {

    public static final String OPTION = "--verify-backup";

    private BackupVerification() {
    }

    /** Whether the arguments ask for a verification (after which the application exits). */
    public static boolean isRequested(String[] arguments) {
        return Arrays.stream(arguments).anyMatch(a -> a.startsWith(OPTION + "="));
    }

    /** Verifies the backup that the arguments name; prints the outcome and answers the exit status (0: intact). */
    public static int run(String[] arguments) {
        Path backup = Path.of(Arrays.stream(arguments).filter(a -> a.startsWith(OPTION + "=")).findFirst()
                .orElseThrow().substring(OPTION.length() + 1));
        List<String> problems = problemsIn(backup);
        if (!problems.isEmpty()) {
            System.err.println("The backup in " + backup + " is damaged:");
            problems.forEach(problem -> System.err.println("  " + problem));
            return 1;
        }
        try {
            Manifest manifest = Manifest.read(backup);
            System.out.printf("The backup in %s is intact: %s events, %s documents, %s objects, %s bytes, made %s%n",
                    backup, manifest.get("events"), manifest.get("documents"), manifest.get("objects"),
                    manifest.get("bytes"), manifest.get("created"));
            return 0;
        } catch (IOException e) {
            System.err.println("The backup in " + backup + " cannot be read: " + e.getMessage());
            return 1;
        }
    }

    /** What is wrong with the backup, in words; empty when it is intact. */
    public static List<String> problemsIn(Path backup) {
        List<String> problems = new ArrayList<>();
        try {
            Manifest manifest = Manifest.read(backup);
            Map<String, String> files = Manifest.digestsOfFiles(backup);
            checkFiles(manifest, files, problems);
            if (problems.isEmpty()) {
                checkCounts(backup, manifest, files, problems);
            }
            if (problems.isEmpty() && !manifest.digest(files).equals(manifest.get(Manifest.DIGEST))) {
                problems.add("the manifest's " + Manifest.DIGEST + " does not match the backup: the manifest was changed");
            }
        } catch (IOException | RuntimeException e) {
            problems.add("cannot be read: " + e.getMessage());
        }
        return problems;
    }

    private static void checkFiles(Manifest manifest, Map<String, String> files, List<String> problems) {
        Map<String, String> expected = manifest.withPrefix(Manifest.FILE_PREFIX);
        files.forEach((path, sha256) -> {
            if (Manifest.isObject(path)) {
                String name = path.substring(Manifest.OBJECTS.length() + 1);
                if (!name.equals(sha256)) {
                    problems.add(path + " does not hold the object it is named after (its SHA-256 is " + sha256 + ")");
                }
            } else if (!expected.containsKey(path)) {
                problems.add(path + " is not part of the backup");
            } else if (!expected.get(path).equals(sha256)) {
                problems.add(path + " was changed: its SHA-256 is " + sha256 + ", the manifest says " + expected.get(path));
            }
        });
        expected.keySet().stream().filter(path -> !files.containsKey(path))
                .forEach(path -> problems.add(path + " is missing"));
    }

    private static void checkCounts(Path backup, Manifest manifest, Map<String, String> files, List<String> problems)
            throws IOException {
        long objects = files.keySet().stream().filter(Manifest::isObject).count();
        if (objects != manifest.count("objects")) {
            problems.add("the backup holds " + objects + " objects, the manifest counts " + manifest.get("objects"));
        }
        long bytes = 0;
        for (String path : files.keySet()) {
            bytes += Files.size(backup.resolve(path));
        }
        if (bytes != manifest.count("bytes")) {
            problems.add("the backup holds " + bytes + " bytes, the manifest counts " + manifest.get("bytes"));
        }
        for (String table : manifest.get("tables").split(",")) {
            Path file = backup.resolve(DatabaseCopy.DIRECTORY).resolve(table + DatabaseCopy.EXTENSION);
            if (Files.exists(file)) {
                long rows = DatabaseCopy.rowsIn(file);
                if (rows != manifest.count("rows." + table)) {
                    problems.add(backup.relativize(file) + " holds " + rows + " rows, the manifest counts "
                            + manifest.get("rows." + table));
                }
            }
        }
    }
}
